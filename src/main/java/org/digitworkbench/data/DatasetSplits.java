package org.digitworkbench.data;

import java.util.Objects;

/** A data set loaded into memory: its training and test parts. */
public record DatasetSplits(DatasetId id, LabeledImages train, LabeledImages test) {

    public DatasetSplits {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
    }
}
