package org.digitworkbench.gui.gallery;

import java.util.Locale;

import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;

/** Which part of the data set "All images" shows: the images the models learn from, or those they are tested on. */
public enum GallerySplit {
    TRAINING,
    TEST;

    LabeledImages of(DatasetSplits splits) {
        return this == TRAINING ? splits.train() : splits.test();
    }

    /** Its name's key in the bundles (with the count as argument), the same whatever the system's language. */
    public String bundleKey() {
        return "gallery.split." + name().toLowerCase(Locale.ROOT);
    }
}
