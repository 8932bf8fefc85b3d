package org.digitworkbench.gui.gallery;

import java.util.Locale;

/**
 * Which images the gallery shows: the active model's errors, what the last epoch of a run changed, or the
 * user's own labelled drawings (right and wrong) with the active model's answers, or simply all the images.
 */
public enum GallerySource {
    /** Every test image the active model gets wrong. */
    ERRORS,
    /** Wrong after the next-to-last epoch of the last run, right after its last epoch. */
    FIXED,
    /** Right after the next-to-last epoch of the last run, wrong after its last epoch. */
    BROKEN,
    /** The drawings the user labelled in the Draw view, each with the active model's answer. */
    MY_DRAWINGS,
    /** Every image of the training or the test split, with the active model's answers once they are in. */
    ALL;

    /** Its name's key in the bundles (with the count as argument), the same in every system language. */
    public String bundleKey() {
        return "gallery.source." + key();
    }

    /** The key of what the gallery says when this source holds no image. */
    public String emptyKey() {
        return "gallery.empty." + key();
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
