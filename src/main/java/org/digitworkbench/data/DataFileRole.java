package org.digitworkbench.data;

/** Which of the four files of an MNIST-style data set a file is. */
public enum DataFileRole {
    TRAIN_IMAGES,
    TRAIN_LABELS,
    TEST_IMAGES,
    TEST_LABELS;

    public boolean isImages() {
        return this == TRAIN_IMAGES || this == TEST_IMAGES;
    }
}
