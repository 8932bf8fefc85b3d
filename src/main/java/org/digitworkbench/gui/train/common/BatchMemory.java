package org.digitworkbench.gui.train.common;

import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.TrainingSettings;

/** What a batch's activations take in memory, said in the user's language (the form and the editor). */
public final class BatchMemory {
    private BatchMemory() {
    }

    /** Why {@code batch} images are too many for {@code architecture}: the figure, the limit, the largest batch. */
    public static String tooLarge(Messages text, Architecture architecture, int batch) {
        return text.format("train.invalid.batchActivations", batch,
                TrainingSettings.activationBytes(architecture, batch) / 1e9, TrainingSettings.MAX_ACTIVATION_BYTES / 1e9,
                TrainingSettings.largestBatch(architecture));
    }

    /** The editor's line: memory an image takes in training, and the largest batch within the limit. */
    public static String perImage(Messages text, Architecture architecture) {
        return text.format("train.editor.memory", TrainingSettings.activationBytes(architecture, 1) / 1e6,
                TrainingSettings.largestBatch(architecture), TrainingSettings.MAX_ACTIVATION_BYTES / 1e9);
    }
}
