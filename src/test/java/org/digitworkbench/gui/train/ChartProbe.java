package org.digitworkbench.gui.train;

import java.util.List;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.DataSet;
import org.testfx.api.FxRobot;

/** What the Train view's charts (Chart-fx) show, looked up in the window by id ("#loss-chart"). */
public final class ChartProbe {
    private ChartProbe() {
    }

    public static XYChart chart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(XYChart.class);
    }

    public static List<DataSet> lines(FxRobot robot, String id) {
        return List.copyOf(chart(robot, id).getAllDatasets());
    }

    public static List<String> names(FxRobot robot, String id) {
        return lines(robot, id).stream().map(DataSet::getName).toList();
    }

    public static int points(FxRobot robot, String id) {
        return lines(robot, id).stream().mapToInt(DataSet::getDataCount).sum();
    }

    public static DefaultNumericAxis x(FxRobot robot, String id) {
        return (DefaultNumericAxis) chart(robot, id).getXAxis();
    }

    public static DefaultNumericAxis y(FxRobot robot, String id) {
        return (DefaultNumericAxis) chart(robot, id).getYAxis();
    }
}
