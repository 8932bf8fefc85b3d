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
    private final AtomicLong totalBatches;
    private final long warmupBatches;

    ScheduledRate(LearningRateSchedule schedule, double peak, long totalBatches) {
        this(schedule, peak, totalBatches, 0);
    }

    ScheduledRate(LearningRateSchedule schedule, double peak, long totalBatches, long warmupBatches) {
        this(schedule, new AtomicLong(Double.doubleToLongBits(peak)), new AtomicLong(totalBatches), warmupBatches);
    }

    private ScheduledRate(LearningRateSchedule schedule, AtomicLong peakBits, AtomicLong totalBatches,
                          long warmupBatches) {
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

    /** The run's batches, when a new batch size changed how many there will be. */
    void setTotalBatches(long total) {
        totalBatches.set(total);
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        return schedule.rate(peak(), iteration, totalBatches.get(), warmupBatches);
    }

    @Override
    public ISchedule clone() {
        return new ScheduledRate(schedule, peakBits, totalBatches, warmupBatches);
    }
}
