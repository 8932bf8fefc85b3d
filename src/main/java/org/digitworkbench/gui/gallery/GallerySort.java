package org.digitworkbench.gui.gallery;

import java.util.Comparator;
import java.util.Locale;

import org.digitworkbench.ml.eval.Misclassification;

/** Order of the gallery. */
public enum GallerySort {
    /** Most confidently wrong first (ties by test image number). */
    CONFIDENCE(Comparator.comparingDouble((Misclassification m) -> orElse(m.confidence(), -1)).reversed()
            .thenComparingInt(Misclassification::index)),
    /** Least confidently wrong first: the images the model nearly got right (ties by test image number). */
    LEAST_CONFIDENT(Comparator.comparingDouble((Misclassification m) -> orElse(m.confidence(), 2))
            .thenComparingInt(Misclassification::index)),
    /** By test image number, as in the data set file. */
    INDEX(Comparator.comparingInt(Misclassification::index));

    private final Comparator<Misclassification> order;

    GallerySort(Comparator<Misclassification> order) {
        this.order = order;
    }

    /** Images not answered yet (NaN) go last in either order of confidence. */
    private static double orElse(double confidence, double unknown) {
        return Double.isNaN(confidence) ? unknown : confidence;
    }

    public Comparator<Misclassification> order() {
        return order;
    }

    /** Its name's key in the bundles, the same whatever the system's language (Locale.ROOT). */
    public String bundleKey() {
        return "gallery.sort." + name().toLowerCase(Locale.ROOT);
    }
}
