package org.digitworkbench.gui.shell;

import java.lang.management.ManagementFactory;

/** Milliseconds since the JVM started, for the start-up measurement in the log. */
public final class StartupClock {
    private StartupClock() {
    }

    public static long millisSinceProcessStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
