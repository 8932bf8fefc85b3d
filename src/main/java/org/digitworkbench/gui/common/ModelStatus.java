package org.digitworkbench.gui.common;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * Where the active model of the chosen data set stands. {@code model} is set only when {@link State#READY};
 * {@code problem} only when {@link State#FAILED}.
 */
public record ModelStatus(DatasetId dataset, State state, TrainedModel model, boolean userModel, String problem) {
    public enum State { LOADING, READY, MISSING, FAILED }

    public static ModelStatus loading(DatasetId dataset) {
        return new ModelStatus(dataset, State.LOADING, null, false, null);
    }

    public static ModelStatus ready(DatasetId dataset, TrainedModel model, boolean userModel) {
        return new ModelStatus(dataset, State.READY, model, userModel, null);
    }

    public static ModelStatus missing(DatasetId dataset) {
        return new ModelStatus(dataset, State.MISSING, null, false, null);
    }

    public static ModelStatus failed(DatasetId dataset, String problem) {
        return new ModelStatus(dataset, State.FAILED, null, false, problem);
    }

    public boolean ready() {
        return state == State.READY;
    }
}
