package org.digitworkbench.cli;

import org.digitworkbench.ml.train.LearningRateSchedule;

final class ScheduleConverter extends IdConverter<LearningRateSchedule> {
    ScheduleConverter() {
        super(LearningRateSchedule::fromId);
    }
}
