import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.digitworkbench.app.AnswersCache;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.WorkbenchSettings;
import org.digitworkbench.gui.draw.DrawViewModel;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.store.ModelLocator;

/**
 * Whether the Inside window slows drawing: the real window on a real display, the mouse moved through the X
 * server (JavaFX's robot) as a hand draws, 125 moves a second, strokes of a digit's size, first with Inside
 * closed, then open. An AnimationTimer notes every pulse; the largest gap between two pulses is how long the
 * drawing froze (the goal: at most 100 ms with Inside open). Also prints strokes to maps: from the pointer event
 * to every layer's picture copied into the Inside window's images, which the next pulse shows (the goal: 16 ms
 * for cnn-deep). A busy machine (see the load average printed) stretches both, Inside or not.
 *
 * Run from the repository root after `mvn -B package -DskipTests`, on a display (Xvfb :97 & export DISPLAY=:97),
 * with a scratch home so that the window opens the shipped model (cnn-deep for MNIST):
 *   DIGIT_WORKBENCH_HOME=/tmp/ih java -cp target/digit-workbench.jar src/bench/InsidePulseGap.java [STROKES]
 * (default 30 strokes a phase, about 15 s each).
 */
public class InsidePulseGap {
    private static final int MOVES_PER_STROKE = 60;
    private static final long MOVE_MILLIS = 8;

    public static void main(String[] args) throws Exception {
        int strokes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        NativeRuntime.loadNativeLibraries(); // before the toolkit, as the app does
        WorkbenchHome home = WorkbenchHome.current();
        Workbench workbench = new Workbench(new ModelLocator(home.models()),
                WorkbenchSettings.load(home.settingsFile()), Messages.forDefaultLocale(), home.datasets(),
                RunHistory.at(home), DrawingStore.at(home), AnswersCache.in(home));
        CountDownLatch shown = new CountDownLatch(1);
        Stage[] window = new Stage[1];
        Platform.startup(() -> {
            window[0] = new Stage();
            workbench.show(window[0]);
            shown.countDown();
        });
        shown.await();
        DrawViewModel draw = workbench.drawViewModel();
        waitFor(() -> draw.modelReadyProperty().get());
        System.out.println("Model: " + workbench.models().status().model().card().architecture());
        Thread.sleep(1000); // the window settles

        Phase closed = run(workbench, window[0], strokes, "Inside closed");
        onFx(() -> ((Button) window[0].getScene().lookup("#draw-inside")).fire());
        waitFor(() -> draw.insideProperty().get());
        Thread.sleep(1000);
        Phase open = run(workbench, window[0], strokes, "Inside open");
        System.out.printf("%nLargest pulse gap: %.1f ms with Inside closed, %.1f ms with Inside open (goal: <= 100 ms)%n",
                closed.maxGap, open.maxGap);
        System.out.printf("Strokes to maps with Inside open: median %.1f ms, 90th percentile %.1f ms, max %.1f ms"
                + " over %d answers (goal: <= 16 ms)%n", open.medianAnswer, open.p90Answer, open.maxAnswer,
                open.answers);
        onFx(() -> {
            Platform.setImplicitExit(true);
            window[0].hide();
        });
        workbench.close();
        Platform.exit();
        System.exit(0);
    }

    private record Phase(double maxGap, double medianAnswer, double p90Answer, double maxAnswer, long answers) {
    }

    private static Phase run(Workbench workbench, Stage window, int strokes, String name) throws Exception {
        List<Long> pulses = new ArrayList<>();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.add(System.nanoTime());
            }
        };
        DrawViewModel draw = workbench.drawViewModel();
        long answersBefore = draw.latency().count();
        onFx(timer::start);
        Robot[] robot = new Robot[1];
        onFx(() -> robot[0] = new Robot());
        Node canvas = window.getScene().lookup("#draw-canvas");
        Bounds b = onFxGet(() -> canvas.localToScreen(canvas.getBoundsInLocal()));
        for (int stroke = 0; stroke < strokes; stroke++) {
            if (stroke % 3 == 0) {
                onFx(draw::clear); // a fresh digit every three strokes, so maps keep changing a lot
            }
            for (int move = 0; move <= MOVES_PER_STROKE; move++) {
                double t = move / (double) MOVES_PER_STROKE;
                double angle = 2 * Math.PI * t + stroke;
                // loops and lines of a digit's size, each stroke a little elsewhere
                double x = 0.5 + 0.25 * Math.cos(angle) * (stroke % 2 == 0 ? 1 : 0.3);
                double y = 0.5 + 0.3 * Math.sin(angle) + 0.1 * Math.sin(stroke);
                double sx = b.getMinX() + x * b.getWidth();
                double sy = b.getMinY() + y * b.getHeight();
                int step = move;
                Platform.runLater(() -> {
                    robot[0].mouseMove(sx, sy);
                    if (step == 0) {
                        robot[0].mousePress(MouseButton.PRIMARY);
                    } else if (step == MOVES_PER_STROKE) {
                        robot[0].mouseRelease(MouseButton.PRIMARY);
                    }
                });
                Thread.sleep(MOVE_MILLIS);
            }
        }
        Thread.sleep(500); // the last answer
        onFx(timer::stop);
        long[] at = onFxGet(() -> pulses.stream().mapToLong(Long::longValue).toArray());
        double[] gaps = new double[Math.max(0, at.length - 1)];
        for (int i = 1; i < at.length; i++) {
            gaps[i - 1] = (at[i] - at[i - 1]) / 1e6;
        }
        Arrays.sort(gaps);
        double maxGap = gaps.length == 0 ? Double.NaN : gaps[gaps.length - 1];
        long answers = draw.latency().count() - answersBefore;
        System.out.printf("%s: %d pulses, gap median %.1f ms, 99th percentile %.1f ms, max %.1f ms; %d answers;"
                + " load average %.1f on %d processors%n", name, at.length, gaps[gaps.length / 2],
                gaps[(int) (gaps.length * 0.99)], maxGap, answers,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        double median = draw.latency().totalQuantile(0.5, answers);
        double p90 = draw.latency().totalQuantile(0.9, answers);
        return new Phase(maxGap, median, p90, draw.latency().totalQuantile(1, answers), answers);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFxGet(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("waited two minutes");
            }
            Thread.sleep(50);
        }
    }

    private static void onFx(Runnable action) throws Exception {
        onFxGet(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> action) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(action);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
