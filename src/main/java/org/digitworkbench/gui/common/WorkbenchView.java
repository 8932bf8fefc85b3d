package org.digitworkbench.gui.common;

import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.Scene;

/** One view of the main window (a tab). */
public interface WorkbenchView {
    /** The tab title, already translated. */
    String title();

    Node node();

    /** Adds the view's keyboard shortcuts to the window; {@code active} tells whether its tab is showing. */
    default void installShortcuts(Scene scene, BooleanSupplier active) {
    }
}
