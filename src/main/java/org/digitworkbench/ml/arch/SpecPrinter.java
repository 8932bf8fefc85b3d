package org.digitworkbench.ml.arch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.ml.arch.LayerSpec.Activation;
import org.digitworkbench.ml.arch.LayerSpec.BatchNorm;
import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;
import org.digitworkbench.ml.arch.LayerSpec.Dropout;
import org.digitworkbench.ml.arch.LayerSpec.MaxPool;

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
            out.add(text(layer));
            if (fusedRelu(layer)) {
                out.add("relu");
            }
        }
        return out;
    }

    /** One layer's own text, without a fused relu. */
    static String text(LayerSpec layer) {
        if (layer instanceof Conv conv) {
            return "conv(" + conv.filters() + "," + conv.kernel() + (conv.same() ? ",same" : "") + ")";
        } else if (layer instanceof MaxPool) {
            return "maxpool";
        } else if (layer instanceof Dropout dropout) {
            return "dropout(" + rate(dropout.rate()) + ")";
        } else if (layer instanceof Dense dense) {
            return "dense(" + dense.units() + ")";
        } else if (layer instanceof BatchNorm) {
            return "batchnorm";
        } else if (layer instanceof Activation activation) {
            return activation.function().id();
        }
        throw new IllegalArgumentException("no text for " + layer);
    }

    static boolean fusedRelu(LayerSpec layer) {
        return layer instanceof Conv conv && conv.relu() || layer instanceof Dense dense && dense.relu();
    }

    static String rate(double rate) {
        return BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
    }
}
