package org.digitworkbench.gui.train.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.digitworkbench.gui.train.common.ChartBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart under the pointer: the value of the point near it, drag to zoom, double-click for the whole run. */
@ExtendWith(ApplicationExtension.class)
class TrainChartWindowTest {
    private TrainChart chart;

    @Start
    void start(Stage stage) {
        chart = new TrainChart("accuracy-chart", "Accuracy per epoch", "Epoch", "Accuracy (%)", true, "Drag to zoom");
        chart.show(List.of(new TrainChart.Line("Train", new double[] {1, 2, 3}, new double[] {79.17, 94.7, 96.8},
                "accuracy-train", null)));
        chart.range(ChartBounds.accuracyEpochs(3), new ChartBounds.AxisRange(75, 100, 5), false);
        stage.setScene(new Scene(chart.node(), 600, 400));
        stage.show();
    }

    @Test
    void nearAPointItsLineValueAndPlaceAreSaid(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D point = WaitForAsyncUtils.asyncFx(() -> {
            DefaultNumericAxis x = chart.xAxis();
            DefaultNumericAxis y = chart.yAxis();
            return new Point2D(x.localToScene(x.getDisplayPosition(2), 0).getX(),
                    y.localToScene(0, y.getDisplayPosition(94.7)).getY());
        }).get();
        assertEquals("Train: 94.70  (Epoch 2)", WaitForAsyncUtils.asyncFx(
                () -> chart.hover().nearest(point.getX() + 5, point.getY() - 5)).get());
        assertNull(WaitForAsyncUtils.asyncFx(() -> chart.hover().nearest(point.getX() + 60, point.getY() + 80)).get(),
                "away from every point: nothing");
    }

    @Test
    void dragZoomsInAndTheRangesSetLaterLeaveItAloneUntilADoubleClick(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double wholeMax = chart.xAxis().getMax();
        robot.moveTo(chart.node()).moveBy(-120, -60).press(MouseButton.PRIMARY).moveBy(40, 30).moveBy(80, 60)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.zoomed(), "zoomed in: " + chart.xAxis().getMin() + ".." + chart.xAxis().getMax());
        double zoomedMax = chart.xAxis().getMax();
        assertTrue(zoomedMax < wholeMax);
        robot.interact(() -> chart.range(ChartBounds.accuracyEpochs(3), new ChartBounds.AxisRange(75, 100, 5), false));
        assertEquals(zoomedMax, chart.xAxis().getMax(), 1e-9, "a new point does not undo the zoom");
        robot.doubleClickOn(chart.node());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(wholeMax, chart.xAxis().getMax(), 1e-9, "double-click: the whole run again");
    }
}
