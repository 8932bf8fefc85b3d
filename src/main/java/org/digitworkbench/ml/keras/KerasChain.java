package org.digitworkbench.ml.keras;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The layers of a Keras model config in the order data flows through them: a Sequential model's list, or a
 * functional model's when each layer takes exactly the one before it (a plain chain). Reads the configs Keras 3
 * writes ({@code inbound_nodes} as {@code args} of {@code __keras_tensor__}s) and those of Keras 2 (nested lists).
 */
final class KerasChain {
    /** One layer: its class name (Dense, Conv2D, ...), its own name and its config. */
    record Layer(String className, String name, JsonNode config) {
    }

    private KerasChain() {
    }

    static List<Layer> of(JsonNode model) {
        String kind = model.path("class_name").asText("");
        JsonNode config = model.path("config");
        JsonNode layers = config.isArray() ? config : config.path("layers");
        if (!layers.isArray() || layers.isEmpty()) {
            throw KerasProblem.corrupt("the model config lists no layers");
        }
        List<Layer> chain = new ArrayList<>();
        for (JsonNode entry : layers) {
            JsonNode layerConfig = entry.path("config");
            String name = entry.hasNonNull("name") ? entry.get("name").asText() : layerConfig.path("name").asText("");
            chain.add(new Layer(entry.path("class_name").asText(""), name, layerConfig));
        }
        switch (kind) {
            case "Sequential" -> {
                return chain;
            }
            case "Functional", "Model" -> {
                checkChain(layers, chain);
                checkEnds(config, chain);
                return chain;
            }
            default -> throw KerasProblem.unsupported("the model is a " + (kind.isEmpty() ? "model of unknown kind"
                    : kind) + "; only Sequential models and functional models that are a plain chain can be opened");
        }
    }

    /** Every layer after the first takes one tensor, the output of the layer listed before it. */
    private static void checkChain(JsonNode layers, List<Layer> chain) {
        for (int i = 0; i < chain.size(); i++) {
            JsonNode nodes = layers.get(i).path("inbound_nodes");
            List<String> sources = new ArrayList<>();
            for (JsonNode node : nodes) {
                if (node.isObject()) {
                    collectKeras3(node.path("args"), sources, 0);
                } else {
                    for (JsonNode inbound : node) {
                        sources.add(inbound.path(0).asText(""));
                    }
                }
            }
            String name = chain.get(i).name();
            if (i == 0) {
                if (!sources.isEmpty()) {
                    throw notAChain("its first layer '" + name + "' takes an input");
                }
                continue;
            }
            if (nodes.size() != 1 || sources.size() != 1) {
                throw notAChain("layer '" + name + "' is called " + nodes.size() + " times with " + sources.size()
                        + " inputs");
            }
            if (!sources.get(0).equals(chain.get(i - 1).name())) {
                throw notAChain("layer '" + name + "' takes the output of '" + sources.get(0) + "', not of '"
                        + chain.get(i - 1).name() + "'");
            }
        }
    }

    private static void collectKeras3(JsonNode value, List<String> sources, int depth) {
        if (depth > 8) {
            return;
        }
        if (value.isObject() && "__keras_tensor__".equals(value.path("class_name").asText())) {
            sources.add(value.path("config").path("keras_history").path(0).asText(""));
        } else if (value.isArray() || value.isObject()) {
            for (JsonNode child : value) {
                collectKeras3(child, sources, depth + 1);
            }
        }
    }

    /** One input, the first layer; one output, the last. */
    private static void checkEnds(JsonNode config, List<Layer> chain) {
        List<String> inputs = endNames(config.path("input_layers"));
        List<String> outputs = endNames(config.path("output_layers"));
        if (!inputs.equals(List.of(chain.get(0).name()))) {
            throw notAChain("its inputs are " + inputs + ", not its first layer alone");
        }
        if (!outputs.equals(List.of(chain.get(chain.size() - 1).name()))) {
            throw notAChain("its outputs are " + outputs + ", not its last layer alone");
        }
    }

    /** {@code [name, 0, 0]} (Keras 3, one end) or {@code [[name, 0, 0], ...]}. */
    private static List<String> endNames(JsonNode ends) {
        List<String> names = new ArrayList<>();
        if (ends.isArray() && !ends.isEmpty() && ends.get(0).isTextual()) {
            names.add(ends.get(0).asText());
        } else {
            for (JsonNode end : ends) {
                names.add(end.path(0).asText(""));
            }
        }
        return names;
    }

    private static KerasProblem notAChain(String why) {
        return KerasProblem.unsupported("the functional model is not a plain chain of layers (" + why + ")");
    }
}
