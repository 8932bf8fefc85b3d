package org.digitworkbench.ml.train;

import java.util.concurrent.atomic.AtomicLong;

import org.nd4j.linalg.schedule.ISchedule;

/**
 * A {@link LearningRateSchedule} over one run, in the form DL4J's updaters ask for the rate of each batch. The
 * peak may change during the run; copies share it, as an updater may ask a copy.
 */
final class ScheduledRate implements ISchedule {
    private final LearningRateSchedule schedule;
    private final AtomicLong peakBits;
    private final long totalBatches;
    private final long warmupBatches;

    ScheduledRate(LearningRateSchedule schedule, double peak, long totalBatches) {
        this(schedule, peak, totalBatches, 0);
    }

    ScheduledRate(LearningRateSchedule schedule, double peak, long totalBatches, long warmupBatches) {
        this(schedule, new AtomicLong(Double.doubleToLongBits(peak)), totalBatches, warmupBatches);
    }

    private ScheduledRate(LearningRateSchedule schedule, AtomicLong peakBits, long totalBatches, long warmupBatches) {
        this.schedule = schedule;
        this.peakBits = peakBits;
        this.totalBatches = totalBatches;
        this.warmupBatches = warmupBatches;
    }

    double peak() {
        return Double.longBitsToDouble(peakBits.get());
    }

    void setPeak(double peak) {
        peakBits.set(Double.doubleToLongBits(peak));
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        return schedule.rate(peak(), iteration, totalBatches, warmupBatches);
    }

    @Override
    public ISchedule clone() {
        return new ScheduledRate(schedule, peakBits, totalBatches, warmupBatches);
    }
}
