package org.digitworkbench.ml.arch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;
import org.digitworkbench.ml.arch.LayerSpec.MaxPool;

/**
 * Names and shapes of every trainable array of an architecture, in layer order: {@code w<i>}, {@code b<i>}
 * for layer i. Convolution weights are [kH, kW, inChannels, outChannels] (YXIO); dense weights [in, out].
 */
public final class ParameterShapes {
    private ParameterShapes() {
    }

    public static Map<String, long[]> of(Architecture architecture) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        long channels = 1;
        long side = Architecture.IMAGE_SIDE;
        long flat = Architecture.INPUT_SIZE;
        boolean spatial = architecture.convolutional();
        int index = 0;
        for (LayerSpec layer : architecture.layers()) {
            if (layer instanceof Conv conv) {
                shapes.put("w" + index, new long[] {conv.kernel(), conv.kernel(), channels, conv.filters()});
                shapes.put("b" + index, new long[] {conv.filters()});
                channels = conv.filters();
                side = conv.same() ? side : side - conv.kernel() + 1;
            } else if (layer instanceof MaxPool) {
                side = side / 2;
            } else if (layer instanceof Dense dense) {
                long in = spatial ? channels * side * side : flat;
                shapes.put("w" + index, new long[] {in, dense.units()});
                shapes.put("b" + index, new long[] {dense.units()});
                spatial = false;
                flat = dense.units();
            }
            index++;
        }
        return shapes;
    }
}
