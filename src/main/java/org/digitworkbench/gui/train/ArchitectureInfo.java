package org.digitworkbench.gui.train;

import org.digitworkbench.ml.arch.Architecture;

/** What the picker shows next to each architecture: its size and how long an epoch takes. */
public final class ArchitectureInfo {
    /** Training images per epoch on MNIST and Fashion-MNIST. */
    static final int IMAGES_PER_EPOCH = 60_000;

    private ArchitectureInfo() {
    }

    /**
     * Images per second of a whole first epoch of {@code train --batch 64} (start of the engine and the test
     * evaluation included) on the development machine (2 cores, idle; README): 2.0, 5.1, 8.2 and 17.3 s.
     */
    public static double measuredImagesPerSecond(Architecture architecture) {
        return switch (architecture) {
            case MLP -> 30000;
            case CNN_SMALL -> 11800;
            case CNN -> 7300;
            case CNN_PLUS -> 3500;
            case CNN_DEEP -> 1300;
        };
    }

    /** Expected seconds for one epoch over all 60,000 training images. */
    public static long expectedSecondsPerEpoch(Architecture architecture) {
        return Math.round(IMAGES_PER_EPOCH / measuredImagesPerSecond(architecture));
    }
}
