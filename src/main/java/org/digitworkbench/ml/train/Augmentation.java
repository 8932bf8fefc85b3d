package org.digitworkbench.ml.train;

/** What training does to each image before the network sees it; drawn anew every epoch from the seed. */
public enum Augmentation {
    /** The images as they are. */
    NONE("none"),
    /** Shifted by up to two pixels each way. */
    SHIFT("shift"),
    /** Shifted, and mirrored left to right half the time (clothes look the same mirrored; digits do not). */
    FLIP("flip"),
    /**
     * Distorted as handwriting varies: rotated, scaled, sheared, shifted, bent by a smooth random field, with
     * the pen made thicker or thinner.
     */
    DRAWING("drawing");

    private final String id;

    Augmentation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Augmentation fromId(String id) {
        return EnumIds.find(values(), Augmentation::id, id, "augmentation");
    }
}
