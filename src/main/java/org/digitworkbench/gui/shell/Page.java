package org.digitworkbench.gui.shell;

/** The window's views, in the order of their tabs. */
public enum Page {
    DRAW, TRAIN, GALLERY
}
