package org.digitworkbench.gui.train;

import org.digitworkbench.ml.arch.Architecture;

/** What the picker shows next to each architecture: its size and how long an epoch takes. */
public final class ArchitectureInfo {
    /** Training images per epoch on MNIST and Fashion-MNIST. */
    static final int IMAGES_PER_EPOCH = 60_000;

    private ArchitectureInfo() {
    }

    /** Images per second of `bench --batch 64` on the development machine (2 cores, idle; README). */
    public static double measuredImagesPerSecond(Architecture architecture) {
        return switch (architecture) {
            case MLP -> 17400;
            case CNN_SMALL -> 3600;
            case CNN -> 2550;
            case CNN_PLUS -> 1380;
        };
    }

    /** Expected seconds for one epoch over all 60,000 training images. */
    public static long expectedSecondsPerEpoch(Architecture architecture) {
        return Math.round(IMAGES_PER_EPOCH / measuredImagesPerSecond(architecture));
    }
}
