package org.digitworkbench.ml.train;

import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.schedule.ISchedule;

/** The optimizers a training run can use, with the learning rate each works well at by default. */
public enum Optimizer {
    ADAM("adam", 1e-3),
    RMSPROP("rmsprop", 1e-3),
    SGD("sgd", 0.05);

    private final String id;
    private final double defaultLearningRate;

    Optimizer(String id, double defaultLearningRate) {
        this.id = id;
        this.defaultLearningRate = defaultLearningRate;
    }

    public String id() {
        return id;
    }

    public double defaultLearningRate() {
        return defaultLearningRate;
    }

    public IUpdater updater(double learningRate) {
        return switch (this) {
            case ADAM -> new Adam(learningRate);
            case RMSPROP -> new RmsProp(learningRate);
            case SGD -> new Nesterovs(learningRate, 0.9);
        };
    }

    /** The updater with its rate following {@code schedule}, batch by batch. */
    public IUpdater updater(ISchedule schedule) {
        return switch (this) {
            case ADAM -> new Adam(schedule);
            case RMSPROP -> new RmsProp(schedule);
            case SGD -> new Nesterovs(schedule, 0.9);
        };
    }

    public static Optimizer fromId(String id) {
        return EnumIds.find(values(), Optimizer::id, id, "optimizer");
    }
}
