package org.digitworkbench.ml.train;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finding a training option by the id users type (case does not matter), naming the choices when it is unknown. */
final class EnumIds {
    private EnumIds() {
    }

    static <E> E find(E[] values, Function<E, String> id, String given, String what) {
        for (E value : values) {
            if (id.apply(value).equalsIgnoreCase(given)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + given + "'; choose one of "
                + Arrays.stream(values).map(id).collect(Collectors.joining(", ")));
    }
}
