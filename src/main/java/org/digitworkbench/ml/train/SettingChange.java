package org.digitworkbench.ml.train;

/**
 * A setting changed while a run was paused, in effect from the batch after batch {@code batch} of
 * {@code epoch} (both from 1).
 *
 * @param what which setting: {@link #LEARNING_RATE}
 */
public record SettingChange(int epoch, int batch, String what, double from, double to) {
    /** The peak rate the schedule scales; a schedule part-way through goes on from the new peak. */
    public static final String LEARNING_RATE = "learningRate";
}
