package org.digitworkbench.ml.arch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Writes layers in the spec language's canonical form: lower case, defaults left out, ", " between layers. */
final class SpecPrinter {
    private SpecPrinter() {
    }

    static String canonical(List<LayerSpec> layers) {
        return String.join(", ", written(layers));
    }

    /** The layers as written, a fused relu as a layer of its own. */
    static List<String> written(List<LayerSpec> layers) {
        List<String> out = new ArrayList<>();
        for (LayerSpec layer : layers) {
            out.add(layer.text());
            if (layer.fusedRelu()) {
                out.add("relu");
            }
        }
        return out;
    }

    static String rate(double rate) {
        return BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
    }
}
