package org.digitworkbench.gui.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.digitworkbench.TestData;
import org.digitworkbench.app.AnswersCache;
import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.WorkbenchSettings;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.gui.shell.WorkbenchApp;
import org.digitworkbench.gui.train.common.PulseGapMonitor;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.store.ModelLocator;

/**
 * Measures the longest FX-thread stall while the real window trains a full epoch (run on a real display, e.g.
 * {@code xvfb-run}; not a unit test). Args: architecture id (default cnn), image limit (default 0: all 60,000),
 * screenshot file taken half way with {@code import -window root} (optional). Prints the pulse-gap summary.
 */
public final class StallMeasurement {
    private static String architecture = "cnn";
    private static int limit;
    private static Path screenshot;

    public static void main(String[] args) {
        if (args.length > 0) {
            architecture = args[0];
        }
        if (args.length > 1) {
            limit = Integer.parseInt(args[1]);
        }
        if (args.length > 2) {
            screenshot = Path.of(args[2]).toAbsolutePath();
        }
        NativeRuntime.configure();
        // the Application is a nested class: the java launcher refuses a main class that extends Application
        Application.launch(Window.class, args);
    }

    /** The measured window. */
    public static final class Window extends Application {
    private Workbench workbench;

    @Override
    public void start(Stage stage) throws Exception {
        Path temp = Files.createTempDirectory("stall-measurement");
        WorkbenchSettings settings = WorkbenchSettings.load(temp.resolve("gui.properties"));
        settings.windowSize(1280, 800);
        WorkbenchApp.applyTheme();
        workbench = new Workbench(new ModelLocator(temp.resolve("models")), settings, Messages.forLocale(Locale.ENGLISH),
                TestData.cacheRoot(), new RunHistory(temp.resolve("runs")),
                new DrawingStore(temp.resolve("drawings")), new AnswersCache(temp.resolve("answers")));
        workbench.show(stage);
        stage.setX(0);
        stage.setY(0);
        workbench.window().tabs().getSelectionModel().select(1);
        TrainViewModel train = workbench.trainViewModel();
        train.setTrainingData(DatasetRepository.at(TestData.cacheRoot())::load);
        train.form().setImageLimit(limit);
        train.form().architectureProperty().set(Architecture.fromId(architecture));
        train.form().epochsProperty().set("1");
        PulseGapMonitor monitor = new PulseGapMonitor();
        long[] trainingStarted = {0};
        train.controller().steering().phaseProperty().addListener((obs, old, now) -> {
            if (trainingStarted[0] == 0
                    && now.equals(workbench.trainViewModel().controller().steering().phaseProperty().get())
                    && now.startsWith("Training")) {
                trainingStarted[0] = System.nanoTime();
                monitor.reset(); // from the first batch on: loading the data is not the epoch
            }
        });
        boolean[] shot = {screenshot == null};
        train.progress().progressProperty().addListener((obs, old, now) -> {
            if (!shot[0] && now.doubleValue() >= 0.5) {
                shot[0] = true;
                Thread grab = new Thread(() -> {
                    try {
                        int rc = new ProcessBuilder("import", "-window", "root", screenshot.toString())
                                .inheritIO().start().waitFor();
                        System.out.println("Screenshot " + screenshot + " (rc " + rc + ")");
                    } catch (Exception e) {
                        System.out.println("Screenshot failed: " + e);
                    }
                });
                grab.setDaemon(true);
                grab.start();
            }
        });
        train.controller().steering().stateProperty().addListener((obs, old, now) -> {
            if (now == TrainState.IDLE) {
                monitor.stop();
                System.out.printf(Locale.ROOT, "STALLS %s epoch on %s images: %s (training %.1f s)%n", architecture,
                        limit == 0 ? "all" : Integer.toString(limit), monitor,
                        (System.nanoTime() - trainingStarted[0]) / 1e9);
                System.out.println("Gaps over 100 ms: " + monitor.longGaps());
                System.out.println("Run: " + train.log().describe(train.log().runs().get(0)) + " error: " + train.errorProperty().get());
                new Thread(() -> {
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.runLater(Platform::exit);
                }).start();
            }
        });
        monitor.start();
        Platform.runLater(train::start);
    }

    @Override
    public void stop() {
        workbench.close();
    }
}
}
