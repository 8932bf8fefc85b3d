package org.digitworkbench.gui.gallery;

import javafx.scene.input.KeyCode;

/** A step of the keyboard cursor in the thumbnail grid or the confusion matrix. */
enum CursorMove {
    LEFT, RIGHT, UP, DOWN, PAGE_UP, PAGE_DOWN, FIRST, LAST;

    /** The step a key makes, null for a key that is no step. */
    static CursorMove of(KeyCode key) {
        return switch (key) {
            case LEFT, KP_LEFT -> LEFT;
            case RIGHT, KP_RIGHT -> RIGHT;
            case UP, KP_UP -> UP;
            case DOWN, KP_DOWN -> DOWN;
            case PAGE_UP -> PAGE_UP;
            case PAGE_DOWN -> PAGE_DOWN;
            case HOME -> FIRST;
            case END -> LAST;
            default -> null;
        };
    }
}
