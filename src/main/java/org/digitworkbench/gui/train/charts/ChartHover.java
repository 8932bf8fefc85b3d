package org.digitworkbench.gui.train.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.DataSet;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Values on hover: near a point of any line (within {@link #REACH} pixels), a tooltip next to the pointer names
 * the line and gives its value and where it is on x, as TensorBoard's hover does. Chart-fx's own DataPointTooltip
 * labels a point with its index and unrounded doubles, and did not show under Xvfb here. FX thread.
 */
final class ChartHover {
    /** How close (pixels) the pointer must be to a point for its value to show. */
    static final double REACH = 18;

    private final XYChart chart;
    private final Supplier<List<? extends DataSet>> lines;
    private final Tooltip tip = new Tooltip();
    private final String hint;

    /** {@code hint}: how to zoom, said under the value (the pointer is on the chart then). */
    ChartHover(XYChart chart, Supplier<List<? extends DataSet>> lines, String hint) {
        this.chart = chart;
        this.lines = lines;
        this.hint = hint;
        tip.setShowDelay(Duration.ZERO);
        tip.getStyleClass().add("train-chart-value");
        chart.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        chart.addEventFilter(MouseEvent.MOUSE_EXITED, e -> tip.hide());
        chart.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> tip.hide());
    }

    private void moved(MouseEvent event) {
        String said = nearest(event.getSceneX(), event.getSceneY());
        if (said == null) {
            tip.hide();
            return;
        }
        tip.setText(said + "\n" + hint);
        if (chart.getScene() != null) {
            tip.show(chart, event.getScreenX() + 14, event.getScreenY() + 14);
        }
    }

    /** The nearest point's line, value and place, said for the user; null when none is within reach. */
    String nearest(double sceneX, double sceneY) {
        DefaultNumericAxis x = (DefaultNumericAxis) chart.getXAxis();
        DefaultNumericAxis y = (DefaultNumericAxis) chart.getYAxis();
        String best = null;
        double bestDistance = REACH;
        for (DataSet line : lines.get()) {
            for (int i = 0; i < line.getDataCount(); i++) {
                double px = line.get(DataSet.DIM_X, i);
                double py = line.get(DataSet.DIM_Y, i);
                if (!Double.isFinite(px) || !Double.isFinite(py)) {
                    continue;
                }
                Point2D onX = x.localToScene(x.getDisplayPosition(px), 0);
                Point2D onY = y.localToScene(0, y.getDisplayPosition(py));
                double distance = Math.hypot(onX.getX() - sceneX, onY.getY() - sceneY);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = line.getName() + ": " + number(py) + "  (" + x.getName() + " " + place(px) + ")";
                }
            }
        }
        return best;
    }

    /** Where on x: epochs or minutes, to two decimals at most (1, 2.5, 0.83). */
    private static String place(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String number(double value) {
        double size = Math.abs(value);
        return String.format(Locale.ROOT, size >= 10 ? "%.2f" : size >= 0.01 || size == 0 ? "%.4f" : "%.2e", value);
    }
}
