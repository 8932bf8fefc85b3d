package org.digitworkbench.gui.train.charts;

import java.util.ArrayList;
import java.util.List;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.digitworkbench.gui.train.common.ChartBounds;
import org.digitworkbench.gui.train.common.TickLabels;

/**
 * One of the Train view's charts (Chart-fx): lines set whole from arrays, a value on hover, drag to zoom and
 * double-click to go back, a log value axis on demand. Chart-fx redraws once per pulse whatever changed. The
 * ranges come from {@link ChartBounds}, unless the user zoomed in: then the view stays where they put it. FX thread.
 */
public final class TrainChart {
    /**
     * One line: its name in the legend, its points, and how it looks: a style class of the stylesheet (the theme's
     * colours), or an inline Chart-fx style (a compared run's own colour).
     */
    public record Line(String name, double[] xs, double[] ys, String styleClass, String style) {
    }

    private final XYChart chart;
    private final DefaultNumericAxis x;
    private final DefaultNumericAxis y;
    private final Zoomer zoomer = new Zoomer();
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    private final List<DoubleDataSet> sets = new ArrayList<>();
    private final String title;
    private final ChartHover hover;
    private final boolean markers;
    private ChartBounds.AxisRange xSet;
    private ChartBounds.AxisRange ySet;

    public TrainChart(String id, String title, String xLabel, String yLabel, boolean markers, String zoomHint) {
        this.title = title;
        this.markers = markers;
        x = axis(xLabel);
        y = axis(yLabel);
        chart = new XYChart(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.getStyleClass().add("train-chart");
        chart.setAccessibleText(title);
        // Chart-fx's stylesheet sizes every chart 600x450 over what code sets: the view's own sizes, inline
        chart.setStyle("-fx-min-width: 180px; -fx-min-height: 150px; -fx-pref-width: 360px; -fx-pref-height: 240px;");
        chart.setToolBarPinned(false);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setDrawMarker(markers);
        chart.getRenderers().setAll(renderer);
        zoomer.setSliderVisible(false);
        zoomer.setAnimated(false);
        zoomer.setPannerEnabled(false);
        chart.getPlugins().add(zoomer);
        hover = zoomHint == null ? null : new ChartHover(chart, () -> sets, zoomHint);
        // double-click: back to the whole run (Chart-fx's own way is a right-click, which people do not guess)
        // a filter: Chart-fx's plot area takes the pointer's events before they reach the chart's handlers
        chart.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetZoom();
            }
        });
    }

    private static DefaultNumericAxis axis(String label) {
        DefaultNumericAxis axis = new DefaultNumericAxis(label, null);
        axis.setAutoRanging(false);
        axis.setAutoUnitScaling(false);
        axis.setAnimated(false);
        axis.setForceZeroInRange(false);
        axis.setMinorTickCount(0);
        axis.setAxisLabelFormatter(new TickLabels(false));
        return axis;
    }

    public XYChart node() {
        return chart;
    }

    public DefaultNumericAxis xAxis() {
        return x;
    }

    public DefaultNumericAxis yAxis() {
        return y;
    }

    /** The lines, in place of those shown before: the same data sets refilled when their number stays. */
    public void show(List<Line> lines) {
        boolean same = lines.size() == sets.size();
        for (int i = 0; same && i < lines.size(); i++) {
            same = lines.get(i).name().equals(sets.get(i).getName()) && styleOf(lines.get(i)).equals(sets.get(i).getStyle())
                    && sets.get(i).getStyleClasses().contains(lines.get(i).styleClass());
        }
        if (!same) {
            sets.clear();
            for (Line line : lines) {
                DoubleDataSet set = new DoubleDataSet(line.name());
                set.setStyle(styleOf(line));
                set.addStyleClasses(line.styleClass());
                sets.add(set);
            }
            renderer.getDatasets().setAll(new ArrayList<DataSet>(sets));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            sets.get(i).set(line.xs(), line.ys(), Math.min(line.xs().length, line.ys().length), true);
        }
    }

    private static String styleOf(Line line) {
        return line.style() == null ? "" : line.style();
    }

    /**
     * A copy of this chart as it stands, for a picture: its lines, titles, legend and ranges, zoom included. The
     * lines are copied too: Chart-fx locks a line while a chart lays it out, and a chart drawn only for a snapshot
     * kept the lock of a shared line, so that the next point added to the window's chart waited for ever.
     */
    public TrainChart copy() {
        TrainChart copy = new TrainChart(chart.getId() + "-picture", title, x.getName(), y.getName(), markers, null);
        for (DoubleDataSet line : sets) {
            DoubleDataSet copied = new DoubleDataSet(line);
            copied.setStyle(line.getStyle());
            copied.addStyleClasses(line.getStyleClasses().toArray(String[]::new));
            copy.sets.add(copied);
        }
        copy.renderer.getDatasets().setAll(new ArrayList<DataSet>(copy.sets));
        copy.y.setLogAxis(y.isLogAxis());
        copy.y.setAxisLabelFormatter(new TickLabels(y.isLogAxis()));
        copy.x.set(x.getMin(), x.getMax());
        copy.x.setTickUnit(x.getTickUnit());
        copy.y.set(y.getMin(), y.getMax());
        copy.y.setTickUnit(y.getTickUnit());
        copy.chart.setLegendVisible(chart.legendVisibleProperty().get());
        copy.chart.getStyleClass().setAll(chart.getStyleClass());
        return copy;
    }

    /** What the pointer shows over the chart; null for a chart drawn for a picture. */
    ChartHover hover() {
        return hover;
    }

    /** The lines shown, for tests and exports. */
    public List<DoubleDataSet> lines() {
        return List.copyOf(sets);
    }

    public void setLegendVisible(boolean visible) {
        chart.setLegendVisible(visible);
    }

    public void setXLabel(String label) {
        x.setName(label);
    }

    /** The ranges to show, unless the user zoomed in since they were last set. */
    public void range(ChartBounds.AxisRange xRange, ChartBounds.AxisRange yRange, boolean logY) {
        if (zoomed()) {
            return;
        }
        if (y.isLogAxis() != logY) {
            y.setLogAxis(logY);
            y.setAxisLabelFormatter(new TickLabels(logY));
        }
        apply(x, xRange);
        apply(y, yRange);
        xSet = xRange;
        ySet = yRange;
    }

    /** Whether the axes show less than (or other than) what was last set: the user zoomed in. */
    public boolean zoomed() {
        return xSet != null && (x.getMin() != xSet.lower() || x.getMax() != xSet.upper()
                || y.getMin() != ySet.lower() || y.getMax() != ySet.upper());
    }

    public void resetZoom() {
        zoomer.zoomOrigin();
        if (xSet != null) {
            apply(x, xSet);
            apply(y, ySet);
        }
    }

    private static void apply(DefaultNumericAxis axis, ChartBounds.AxisRange range) {
        axis.set(range.lower(), range.upper());
        axis.setTickUnit(range.tick());
    }
}
