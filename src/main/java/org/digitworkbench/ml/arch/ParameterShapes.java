package org.digitworkbench.ml.arch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;

/**
 * Names and shapes of every trainable array of an architecture, in layer order: {@code w<i>}, {@code b<i>}
 * for layer i. Convolution weights are [kH, kW, inChannels, outChannels] (YXIO); dense weights [in, out].
 */
public final class ParameterShapes {
    private ParameterShapes() {
    }

    public static Map<String, long[]> of(Architecture architecture) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        for (int i = 0; i < inputs.size(); i++) {
            LayerSpec layer = architecture.layers().get(i);
            if (layer instanceof Conv conv) {
                shapes.put("w" + i, new long[] {conv.kernel(), conv.kernel(), inputs.get(i).channels(), conv.filters()});
                shapes.put("b" + i, new long[] {conv.filters()});
            } else if (layer instanceof Dense dense) {
                shapes.put("w" + i, new long[] {inputs.get(i).size(), dense.units()});
                shapes.put("b" + i, new long[] {dense.units()});
            }
        }
        return shapes;
    }
}
