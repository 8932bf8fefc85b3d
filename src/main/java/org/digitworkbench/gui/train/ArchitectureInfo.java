package org.digitworkbench.gui.train;

import org.digitworkbench.ml.arch.Architecture;

/** The built-in pace of each architecture: the picker's rough guess until this machine has measured its own. */
public final class ArchitectureInfo {
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
}
