package org.digitworkbench.ml.keras;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading a Keras layer's settings as Keras 2 and 3 write them; a setting that cannot be read is refused. */
final class KerasSettings {
    private final KerasChain.Layer layer;

    KerasSettings(KerasChain.Layer layer) {
        this.layer = layer;
    }

    /** A whole number, or {@code fallback} when absent or null. */
    int integer(String key, int fallback) {
        JsonNode value = layer.config().get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw refused(key + " is " + value);
        }
        return value.intValue();
    }

    double decimal(String key, double fallback) {
        JsonNode value = layer.config().get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw refused(key + " is " + value);
        }
        return value.doubleValue();
    }

    boolean flag(String key, boolean fallback) {
        JsonNode value = layer.config().get(key);
        return value == null || value.isNull() ? fallback : value.asBoolean(fallback);
    }

    /** Text, lower case; {@code fallback} when absent or null. */
    String text(String key, String fallback) {
        JsonNode value = layer.config().get(key);
        return value == null || value.isNull() ? fallback : value.asText().toLowerCase(Locale.ROOT);
    }

    /** Whole numbers: a list ({@code [3, 3]}) or one number for all; empty when absent or null. */
    List<Integer> integers(String key) {
        JsonNode value = layer.config().get(key);
        List<Integer> numbers = new ArrayList<>();
        if (value == null || value.isNull()) {
            return numbers;
        }
        for (JsonNode n : value.isArray() ? value : List.of(value)) {
            if (!n.isIntegralNumber() || !n.canConvertToInt() || numbers.size() == 8) {
                throw refused(key + " is " + value);
            }
            numbers.add(n.intValue());
        }
        return numbers;
    }

    /**
     * The activation's name: Keras writes a name ({@code "relu"}) or, for some, an object whose {@code config}
     * is the name; "linear" when there is none.
     */
    String activation() {
        JsonNode value = layer.config().get("activation");
        if (value == null || value.isNull()) {
            return "linear";
        }
        if (value.isObject()) {
            JsonNode inner = value.path("config");
            value = inner.isTextual() ? inner : value.path("class_name");
        }
        return value.asText().toLowerCase(Locale.ROOT);
    }

    /** The layer's input shape without the batch dimension, from {@code batch_shape} or its Keras 2 names. */
    List<Integer> inputShape() {
        for (String key : List.of("batch_shape", "batch_input_shape")) {
            JsonNode value = layer.config().get(key);
            if (value != null && value.isArray() && !value.isEmpty()) {
                List<Integer> dims = new ArrayList<>();
                for (int i = 1; i < value.size() && i < 9; i++) {
                    dims.add(value.get(i).isIntegralNumber() ? value.get(i).intValue() : -1);
                }
                return dims;
            }
        }
        JsonNode shape = layer.config().get("input_shape");
        if (shape == null) {
            shape = layer.config().get("shape");
        }
        List<Integer> dims = new ArrayList<>();
        if (shape != null && shape.isArray()) {
            for (int i = 0; i < shape.size() && i < 8; i++) {
                dims.add(shape.get(i).isIntegralNumber() ? shape.get(i).intValue() : -1);
            }
        }
        return dims;
    }

    /** Whether the setting is there and not null. */
    boolean isSet(String key) {
        return layer.config().hasNonNull(key);
    }

    String name() {
        return layer.name();
    }

    KerasProblem refused(String detail) {
        return KerasProblem.unsupported("layer '" + layer.name() + "' (" + layer.className() + "): " + detail);
    }
}
