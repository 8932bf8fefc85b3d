package org.digitworkbench.gui.shell;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.digitworkbench.app.AnswersCache;
import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.data.acquire.ProgressListener;
import org.digitworkbench.gui.common.AppIcons;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.LastRunEvaluations;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.common.WorkbenchSettings;
import org.digitworkbench.gui.draw.DrawView;
import org.digitworkbench.gui.draw.DrawViewModel;
import org.digitworkbench.gui.draw.PredictionWorker;
import org.digitworkbench.gui.gallery.GalleryEngine;
import org.digitworkbench.gui.gallery.GalleryView;
import org.digitworkbench.gui.gallery.GalleryViewModel;
import org.digitworkbench.gui.train.TrainView;
import org.digitworkbench.gui.train.TrainViewModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires services, view models and views into one window. Everything from outside (where models live,
 * where settings are kept, the language) comes in through the constructor, so tests can run the real window.
 */
public final class Workbench implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);
    private final WorkbenchSettings settings;
    private final Messages text;
    private final BackgroundExecutor background = new BackgroundExecutor("workbench-io", 2);
    private final PredictionWorker predictions = PredictionWorker.start();
    private final ModelService models;
    private final MainViewModel main;
    private final DrawViewModel draw;
    private final TrainViewModel train;
    private final GalleryViewModel gallery;
    private final LastRunEvaluations lastRun = new LastRunEvaluations();
    private final GalleryEngine galleryEngine;
    private MainWindow window;

    /**
     * @param datasets the data-set cache training and the Gallery read images from
     * @param history  where runs are recorded, and read back into the Train view's log
     * @param drawings the drawings the user labels, shown in the Gallery and used for fine-tuning
     * @param answers  where the Gallery keeps a model's answers between runs
     */
    public Workbench(ModelLocator locator, WorkbenchSettings settings, Messages text, Path datasets,
                     RunHistory history, DrawingStore drawings, AnswersCache answers) {
        this.settings = settings;
        this.text = text;
        this.models = new ModelService(locator, background, Platform::runLater, text);
        this.main = new MainViewModel(settings.dataset(), models, text);
        this.draw = new DrawViewModel(predictions, Platform::runLater, background, text, drawings);
        this.train = new TrainViewModel(text, models, locator, lastRun, Platform::runLater, background, history,
                drawings);
        DatasetRepository data = DatasetRepository.at(datasets); // one copy of each data set for both views
        train.setTrainingData(data::load);
        models.setTestImages(dataset -> data.testImages(dataset, ProgressListener.NONE));
        this.galleryEngine = new GalleryEngine(data, drawings, answers);
        this.gallery = new GalleryViewModel(text, Platform::runLater, background::execute, galleryEngine,
                image -> {
                    draw.showPicture(image);
                    main.show(Page.DRAW);
                });
    }

    /** Starts reading the remembered data set's model; safe before the JavaFX toolkit is up. */
    public void prefetch() {
        models.prefetch(settings.dataset());
    }

    /** Builds the window on {@code stage} and shows it; the model finishes loading in the background. */
    public void show(Stage stage) {
        main.themeProperty().set(settings.theme());
        WorkbenchApp.applyTheme(settings.theme());
        main.themeProperty().addListener((obs, old, now) -> {
            WorkbenchApp.applyTheme(now);
            settings.theme(now);
            settings.save(); // at once: the choice outlives a crash or a killed process
        });
        draw.brushWidthProperty().set(settings.brushWidth());
        draw.setDataset(main.datasetProperty().get());
        train.datasetProperty().bind(main.datasetProperty());
        gallery.datasetProperty().bind(main.datasetProperty());
        main.datasetProperty().addListener((obs, old, now) -> draw.setDataset(now));
        models.statusProperty().addListener((obs, old, now) -> draw.setModelStatus(now));
        DrawView drawView = new DrawView(draw, text);
        TrainView trainView = new TrainView(train, text);
        GalleryView galleryView = new GalleryView(gallery, text);
        window = new MainWindow(main, text, List.of(drawView, trainView, galleryView));
        // gallery wiring: the active model, the last training run, whether its tab shows, its errors
        models.statusProperty().addListener((obs, old, now) -> gallery.setModelStatus(now));
        gallery.setModelStatus(models.status());
        lastRun.latestProperty().addListener((obs, old, now) -> gallery.setLastRun(now));
        gallery.setLastRun(lastRun.latestProperty().get());
        draw.teaching().onSaved(() -> {
            gallery.drawingsChanged();
            train.drawingsChanged();
        });
        main.pageProperty().addListener((obs, old, now) -> gallery.setActive(now == Page.GALLERY));
        gallery.errorProperty().addListener((obs, old, now) -> window.showError(now));
        models.errorProperty().addListener((obs, old, now) -> window.showError(now));
        train.errorProperty().addListener((obs, old, now) -> window.showError(now));
        stage.setOnCloseRequest(e -> {
            if (!trainView.confirmClose(stage)) {
                e.consume(); // the user chose to keep training
            }
        });
        draw.errorProperty().addListener((obs, old, now) -> window.showError(now));
        draw.modelReadyProperty().addListener((obs, old, ready) -> {
            if (ready) {
                LOG.info("Model ready for drawing {} ms after the process started", StartupClock.millisSinceProcessStart());
            }
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = window.createScene(Math.min(settings.windowWidth(), screen.getWidth()),
                Math.min(settings.windowHeight(), screen.getHeight()));
        stage.setTitle(text.get("app.title"));
        stage.getIcons().setAll(AppIcons.all());
        stage.setScene(scene);
        // styled and laid out before showing, so the first frame is the finished window, not a blank one
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        MainWindow.applyMinimumSize(stage);
        stage.setOnHidden(e -> saveSettings(stage));
        stage.show();
        LOG.info("Window shown {} ms after the process started", StartupClock.millisSinceProcessStart());
        main.start();
    }

    private void saveSettings(Stage stage) {
        settings.windowSize(stage.getWidth(), stage.getHeight());
        settings.dataset(main.datasetProperty().get());
        settings.brushWidth(draw.brushWidthProperty().get());
        settings.save();
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public DrawViewModel drawViewModel() {
        return draw;
    }

    public TrainViewModel trainViewModel() {
        return train;
    }

    /** The last finished training run's evaluations, handed from the Train view to the Gallery. */
    public LastRunEvaluations lastRun() {
        return lastRun;
    }

    public ModelService models() {
        return models;
    }

    public MainWindow window() {
        return window;
    }

    public GalleryViewModel galleryViewModel() {
        return gallery;
    }

    @Override
    public void close() {
        if (draw.latency().count() > 0) {
            LOG.info("Draw view: {}", draw.latency());
        }
        train.close();
        predictions.close();
        galleryEngine.close();
        background.close();
    }
}
