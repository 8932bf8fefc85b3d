package org.digitworkbench.cli;

import org.digitworkbench.ml.train.Augmentation;

final class AugmentationConverter extends IdConverter<Augmentation> {
    AugmentationConverter() {
        super(Augmentation::fromId);
    }
}
