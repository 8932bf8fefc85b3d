package org.digitworkbench;

import org.digitworkbench.cli.Cli;
import org.digitworkbench.gui.shell.WorkbenchApp;
import org.digitworkbench.ml.runtime.NativeRuntime;

/**
 * Entry point of the runnable jar. Not a JavaFX Application subclass, so the fat jar starts without the
 * JavaFX module path. No arguments: the window; otherwise the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // AWT only draws offscreen here (strokes, image files); as a second X11 client beside GTK it made GDK
        // log "XSetErrorHandler() called with a GDK error trap pushed" on the first drawing
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        NativeRuntime.configure();
        if (args.length == 0) {
            WorkbenchApp.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
