package org.digitworkbench.ml.arch;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.ml.arch.LayerSpec.Dropout;

/**
 * Where training applies dropout. The masks are drawn in Java per batch, so a seed repeats a run whatever ND4J's
 * random generator does (and the tests' SameDiff reference takes them as placeholders: SameDiff's own dropout ops
 * have no gradient in 1.0.0-M2.1).
 *
 * @param name          the mask's name
 * @param perImageShape the activation's shape without the batch dimension
 * @param rate          the fraction of units dropped
 */
public record DropoutSite(String name, long[] perImageShape, double rate) {

    public long perImageSize() {
        long n = 1;
        for (long d : perImageShape) {
            n *= d;
        }
        return n;
    }

    public static List<DropoutSite> of(Architecture architecture) {
        List<DropoutSite> sites = new ArrayList<>();
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        for (int i = 0; i < inputs.size(); i++) {
            if (architecture.layers().get(i) instanceof Dropout dropout) {
                sites.add(new DropoutSite(nameOf(i), inputs.get(i).perImage(), dropout.rate()));
            }
        }
        return sites;
    }

    static String nameOf(int layerIndex) {
        return "dropout" + layerIndex;
    }
}
