package org.digitworkbench.ml.train;

/**
 * How the learning rate moves over a run, batch by batch: the rate chosen is the peak, reached at once
 * ({@code constant}, {@code step}, {@code cosine}) or after a ramp over the first 30% ({@code one-cycle}).
 * A warm-up scales the first batches' rate up linearly from nearly 0; one-cycle has a ramp of its own and
 * takes none.
 */
public enum LearningRateSchedule {
    /** The chosen rate throughout. */
    CONSTANT("constant"),
    /** The chosen rate, a fifth of it from half-way, a twenty-fifth from 80% of the run. */
    STEP("step"),
    /** Half a cosine from the chosen rate down to nearly zero at the last batch. */
    COSINE("cosine"),
    /** A linear ramp from a tenth of the rate to the rate over the first 30%, then a cosine down to nearly zero. */
    ONE_CYCLE("one-cycle");

    private static final double FLOOR = 1e-3;
    private static final double RAMP = 0.3;

    private final String id;

    LearningRateSchedule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * @param iteration the batch, counted from 0 over the whole run
     * @param total     the run's batches
     */
    public double rate(double peak, long iteration, long total) {
        return rate(peak, iteration, total, 0);
    }

    /**
     * @param warmup batches over which the rate rises to the schedule's: batch i (from 0) gets (i + 1) / warmup
     *               of it, so the last batch of the warm-up has the full rate
     */
    public double rate(double peak, long iteration, long total, long warmup) {
        double scheduled = scheduled(peak, iteration, total);
        return this == ONE_CYCLE || iteration >= warmup ? scheduled : scheduled * (iteration + 1) / warmup;
    }

    private double scheduled(double peak, long iteration, long total) {
        double t = total <= 1 ? 0 : Math.min(1, (double) iteration / (total - 1));
        return switch (this) {
            case CONSTANT -> peak;
            case STEP -> t < 0.5 ? peak : t < 0.8 ? peak / 5 : peak / 25;
            case COSINE -> cosine(peak, t);
            case ONE_CYCLE -> t < RAMP ? peak * (0.1 + 0.9 * t / RAMP) : cosine(peak, (t - RAMP) / (1 - RAMP));
        };
    }

    private static double cosine(double peak, double t) {
        return peak * (FLOOR + (1 - FLOOR) * 0.5 * (1 + Math.cos(Math.PI * t)));
    }

    public static LearningRateSchedule fromId(String id) {
        return EnumIds.find(values(), LearningRateSchedule::id, id, "schedule");
    }
}
