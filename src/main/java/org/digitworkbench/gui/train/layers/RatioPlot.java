package org.digitworkbench.gui.train.layers;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.digitworkbench.ml.train.LayerStats;

/**
 * Each layer's update ratio over the run as a line, on a log10 axis in whole decades that always holds the
 * healthy band (-4 to -2, shaded, -3 dashed), with the sample shown marked; drawn again on resize. Styled by
 * the theme: lines take the chart colours in layer order.
 */
final class RatioPlot extends Region {
    private static final double LEFT = 28;
    private final Text xStart = new Text("0");
    private final Text xEnd = new Text();
    private final Rectangle band = new Rectangle();
    private final Line middle = new Line();
    private final Line marker = new Line();
    private final List<Text> ticks = new ArrayList<>();
    private final List<Line> grid = new ArrayList<>();
    private List<LayersModel.RatioLine> lines = List.of();
    private final List<Polyline> drawn = new ArrayList<>();
    private double xMax = 1;
    private double shownX = Double.NaN;
    private int low = -5;
    private int high = -1;

    RatioPlot() {
        getStyleClass().add("ratio-plot");
        band.getStyleClass().add("ratio-band");
        xStart.getStyleClass().add("ratio-tick");
        xEnd.getStyleClass().add("ratio-tick");
        xStart.setTextOrigin(VPos.TOP);
        xEnd.setTextOrigin(VPos.TOP);
        middle.getStyleClass().add("ratio-middle");
        marker.getStyleClass().add("ratio-marker");
        setMinSize(160, 90);
        setPrefSize(320, 130);
    }

    /** {@code axis}: what x counts, said under its end. */
    void show(List<LayersModel.RatioLine> newLines, double shown, String axis) {
        lines = newLines;
        shownX = shown;
        xMax = 0;
        double min = LayerStats.HEALTHY_LOW - 1;
        double max = LayerStats.HEALTHY_HIGH + 1;
        for (LayersModel.RatioLine line : lines) {
            for (double[] point : line.points()) {
                xMax = Math.max(xMax, point[0]);
                min = Math.min(min, point[1]);
                max = Math.max(max, point[1]);
            }
        }
        xMax = Math.max(xMax, 1e-9);
        xEnd.setText(axis + " " + String.format(java.util.Locale.ROOT, "%.2f", xMax));
        low = (int) Math.floor(min);
        high = (int) Math.ceil(max);
        getChildren().clear();
        ticks.clear();
        grid.clear();
        drawn.clear();
        for (int decade = low; decade <= high; decade++) {
            Text tick = new Text(Integer.toString(decade));
            tick.getStyleClass().add("ratio-tick");
            tick.setTextOrigin(VPos.TOP);
            ticks.add(tick);
            Line rule = new Line();
            rule.getStyleClass().add("ratio-grid");
            grid.add(rule);
        }
        for (int i = 0; i < lines.size(); i++) {
            Polyline polyline = new Polyline();
            polyline.getStyleClass().addAll("ratio-line", "ratio-line-" + (i % 8));
            drawn.add(polyline);
        }
        getChildren().addAll(grid);
        getChildren().addAll(band, middle);
        getChildren().addAll(drawn);
        getChildren().add(marker);
        getChildren().addAll(ticks);
        getChildren().addAll(xStart, xEnd);
        requestLayout();
    }

    /** How many layers' lines are drawn and how many points each has. */
    List<Integer> pointsPerLine() {
        return drawn.stream().map(p -> p.getPoints().size() / 2).toList();
    }

    @Override
    protected void layoutChildren() {
        double width = Math.max(1, getWidth() - LEFT - 4);
        double textHeight = xEnd.getLayoutBounds().getHeight();
        double height = Math.max(1, getHeight() - textHeight - 8);
        xStart.relocate(LEFT - xStart.getLayoutBounds().getWidth() / 2, getHeight() - textHeight);
        xEnd.relocate(LEFT + width - xEnd.getLayoutBounds().getWidth(), getHeight() - textHeight);
        double spacing = height / Math.max(1, high - low);
        double labelHeight = ticks.isEmpty() ? 0 : ticks.get(0).getLayoutBounds().getHeight();
        // on a short plot every second (or third) decade is labelled, -3 always
        int every = (int) Math.max(1, Math.ceil(labelHeight / Math.max(1, spacing)));
        for (int i = 0; i < ticks.size(); i++) {
            double y = y(low + i, height);
            Text tick = ticks.get(i);
            tick.setVisible((low + i + 3) % every == 0);
            tick.relocate(LEFT - 4 - tick.getLayoutBounds().getWidth(), y - tick.getLayoutBounds().getHeight() / 2);
            Line rule = grid.get(i);
            rule.setStartX(LEFT);
            rule.setEndX(LEFT + width);
            rule.setStartY(y);
            rule.setEndY(y);
        }
        double top = y(LayerStats.HEALTHY_HIGH, height);
        band.setX(LEFT);
        band.setY(top);
        band.setWidth(width);
        band.setHeight(y(LayerStats.HEALTHY_LOW, height) - top);
        middle.setStartX(LEFT);
        middle.setEndX(LEFT + width);
        middle.setStartY(y(-3, height));
        middle.setEndY(y(-3, height));
        for (int i = 0; i < drawn.size(); i++) {
            List<Double> points = new ArrayList<>();
            for (double[] point : lines.get(i).points()) {
                points.add(LEFT + point[0] / xMax * width);
                points.add(y(point[1], height));
            }
            drawn.get(i).getPoints().setAll(points);
        }
        marker.setVisible(Double.isFinite(shownX));
        double x = LEFT + (Double.isFinite(shownX) ? shownX : 0) / xMax * width;
        marker.setStartX(x);
        marker.setEndX(x);
        marker.setStartY(y(high, height));
        marker.setEndY(y(low, height));
    }

    private double y(double ratio, double height) {
        return 6 + (high - ratio) / Math.max(1, high - low) * height;
    }
}
