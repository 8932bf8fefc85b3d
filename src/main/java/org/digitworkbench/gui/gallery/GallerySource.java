package org.digitworkbench.gui.gallery;

/** Which images the gallery shows: the active model's errors, or what the last epoch of a run changed. */
public enum GallerySource {
    /** Every test image the active model gets wrong. */
    ERRORS,
    /** Wrong after the next-to-last epoch of the last run, right after its last epoch. */
    FIXED,
    /** Right after the next-to-last epoch of the last run, wrong after its last epoch. */
    BROKEN
}
