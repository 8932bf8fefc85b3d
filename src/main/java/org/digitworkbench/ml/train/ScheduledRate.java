package org.digitworkbench.ml.train;

import org.nd4j.linalg.schedule.ISchedule;

/** A {@link LearningRateSchedule} over one run, in the form DL4J's updaters ask for the rate of each batch. */
final class ScheduledRate implements ISchedule {
    private final LearningRateSchedule schedule;
    private final double peak;
    private final long totalBatches;
    private final long warmupBatches;

    ScheduledRate(LearningRateSchedule schedule, double peak, long totalBatches) {
        this(schedule, peak, totalBatches, 0);
    }

    ScheduledRate(LearningRateSchedule schedule, double peak, long totalBatches, long warmupBatches) {
        this.schedule = schedule;
        this.peak = peak;
        this.totalBatches = totalBatches;
        this.warmupBatches = warmupBatches;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        return schedule.rate(peak, iteration, totalBatches, warmupBatches);
    }

    @Override
    public ISchedule clone() {
        return new ScheduledRate(schedule, peak, totalBatches, warmupBatches);
    }
}
