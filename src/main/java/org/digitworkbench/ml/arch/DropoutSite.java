package org.digitworkbench.ml.arch;

import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;
import org.digitworkbench.ml.arch.LayerSpec.Dropout;
import org.digitworkbench.ml.arch.LayerSpec.MaxPool;

/**
 * Where a training graph applies dropout. The masks come in as placeholders, drawn in Java per batch:
 * SameDiff's own dropout ops have no gradient in 1.0.0-M2.1, and seeded masks keep runs repeatable.
 *
 * @param name          the mask placeholder's name
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
        long channels = 1;
        long side = Architecture.IMAGE_SIDE;
        long units = Architecture.INPUT_SIZE;
        boolean spatial = architecture.convolutional();
        int index = 0;
        for (LayerSpec layer : architecture.layers()) {
            if (layer instanceof Conv conv) {
                channels = conv.filters();
                side = conv.same() ? side : side - conv.kernel() + 1;
            } else if (layer instanceof MaxPool) {
                side = side / 2;
            } else if (layer instanceof Dense dense) {
                spatial = false;
                units = dense.units();
            } else if (layer instanceof Dropout dropout) {
                long[] shape = spatial ? new long[] {channels, side, side} : new long[] {units};
                sites.add(new DropoutSite("dropout" + index, shape, dropout.rate()));
            }
            index++;
        }
        return sites;
    }
}
