package org.digitworkbench.gui.train.common;

import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.LayerSpec;

/** The built-in pace of each architecture: the picker's rough guess until this machine has measured its own. */
public final class ArchitectureInfo {
    /**
     * Images per second of a whole first epoch of {@code train --batch 64} (start of the engine and the test
     * evaluation included) on the development machine (2 cores, idle; README): 2.0, 5.1, 8.2 and 17.3 s.
     * mlp-small and cnn-fashion are the estimate below, rounded.
     */
    private static final Map<String, Double> MEASURED = Map.of(
            "mlp", 30000.0, "mlp-small", 36000.0, "cnn-small", 11800.0, "cnn", 7300.0, "cnn-fashion", 4500.0,
            "cnn-plus", 3500.0, "cnn-deep", 1300.0);

    private ArchitectureInfo() {
    }

    public static double measuredImagesPerSecond(Architecture architecture) {
        Double measured = MEASURED.get(architecture.id());
        return measured != null ? measured : estimatedImagesPerSecond(architecture);
    }

    /**
     * A guess from the work per image, fitted by eye to the measured five: about 20 us of overhead, 22 us per
     * million multiply-adds, 2 us per thousand activation values written.
     */
    public static double estimatedImagesPerSecond(Architecture architecture) {
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        double multiplyAdds = 0;
        double activations = 0;
        for (int i = 0; i < inputs.size(); i++) {
            LayerSpec layer = architecture.layers().get(i);
            multiplyAdds += layer.multiplyAdds(inputs.get(i));
            activations += layer.outputShape(inputs.get(i)).size();
        }
        double micros = 20 + 22 * multiplyAdds / 1e6 + 2 * activations / 1e3;
        return 1e6 / micros;
    }
}
