package org.digitworkbench.cli;

/** Exit codes scripts can rely on. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something failed: data could not be had, a file was bad, training broke. */
    public static final int FAILURE = 1;
    /** The command line or the settings were invalid. */
    public static final int USAGE = 2;
    /** Stopped by the user (Ctrl+C). */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
