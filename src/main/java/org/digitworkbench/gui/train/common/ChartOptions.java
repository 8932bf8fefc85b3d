package org.digitworkbench.gui.train.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How the Train view's charts draw what they show, as TensorBoard lets one choose: how much the loss is smoothed,
 * whether the loss axis is logarithmic, and whether x is epochs or the time since training began. Held by the view
 * model, so the values text and every chart follow the same choice. FX thread.
 */
public final class ChartOptions {
    private final DoubleProperty smoothing = new SimpleDoubleProperty(LossSmoothing.DEFAULT_WEIGHT);
    private final BooleanProperty logLoss = new SimpleBooleanProperty(false);
    private final BooleanProperty overTime = new SimpleBooleanProperty(false);

    /** TensorBoard's smoothing weight, 0 (none) to {@link LossSmoothing#MAX_WEIGHT}. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    public BooleanProperty logLossProperty() {
        return logLoss;
    }

    /** x in minutes since the first batch instead of epochs. */
    public BooleanProperty overTimeProperty() {
        return overTime;
    }

    public double smoothing() {
        return smoothing.get();
    }

    public boolean logLoss() {
        return logLoss.get();
    }

    public boolean overTime() {
        return overTime.get();
    }
}
