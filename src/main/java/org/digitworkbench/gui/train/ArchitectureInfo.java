package org.digitworkbench.gui.train;

import org.digitworkbench.ml.arch.Architecture;

/** What the picker shows next to each architecture: its size and how long an epoch takes. */
public final class ArchitectureInfo {
    /** Training images per epoch on MNIST and Fashion-MNIST. */
    static final int IMAGES_PER_EPOCH = 60_000;

    private ArchitectureInfo() {
    }

    /** Images per second measured on the development machine (2 cores, idle, batch 64). */
    public static double measuredImagesPerSecond(Architecture architecture) {
        return switch (architecture) {
            case MLP -> 6000;
            case CNN_SMALL -> 1700;
            case CNN -> 1500;
            case CNN_PLUS -> 760;
        };
    }

    /** Expected seconds for one epoch over all 60,000 training images. */
    public static long expectedSecondsPerEpoch(Architecture architecture) {
        return Math.round(IMAGES_PER_EPOCH / measuredImagesPerSecond(architecture));
    }
}
