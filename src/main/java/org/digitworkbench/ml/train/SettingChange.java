package org.digitworkbench.ml.train;

/**
 * A setting changed while a run was paused after batch {@code batch} of {@code epoch} (both from 1): a learning
 * rate from the next batch, a batch size from the next epoch.
 *
 * @param what which setting: {@link #LEARNING_RATE} or {@link #BATCH_SIZE}
 */
public record SettingChange(int epoch, int batch, String what, double from, double to) {
    /** The peak rate the schedule scales; a schedule part-way through goes on from the new peak. */
    public static final String LEARNING_RATE = "learningRate";
    /** Images per batch, from the next epoch on; the schedule stretches over the run's new number of batches. */
    public static final String BATCH_SIZE = "batchSize";
}
