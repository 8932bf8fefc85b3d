package org.digitworkbench;

import org.digitworkbench.cli.Cli;
import org.digitworkbench.ml.runtime.NativeRuntime;

/**
 * Entry point of the packaged {@code digit-workbench-cli} launcher: always the command line, never the window,
 * so that a script calling it without arguments gets the usage instead of a window it cannot see.
 */
public final class CliLauncher {
    private CliLauncher() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        NativeRuntime.configure();
        System.exit(Cli.run(args.length == 0 ? new String[] {"--help"} : args));
    }
}
