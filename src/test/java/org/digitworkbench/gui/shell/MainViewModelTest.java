package org.digitworkbench.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.ModelCards;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status line names the accuracy the model in use has: the test set's, or a running run's validation. */
class MainViewModelTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final TrainingSettings SETTINGS = new TrainingSettings(DatasetId.MNIST, Architecture.MLP, 2, 64,
            0.001, Optimizer.ADAM, 42, 0);
    @TempDir
    Path dir;
    private final BackgroundExecutor background = new BackgroundExecutor("test-status", 1);

    @AfterEach
    void close() {
        background.close();
    }

    private String describe(ModelCard card) {
        MainViewModel model = new MainViewModel(DatasetId.MNIST, new ModelService(ModelLocator.userModelsOnly(dir),
                background, new LinkedBlockingQueue<Runnable>()::add, TEXT), TEXT);
        return model.describe(ModelStatus.ready(DatasetId.MNIST, new TrainedModel(card, Map.of()), true));
    }

    @Test
    void anEpochsCopyOfARunHoldingImagesOutGivesItsValidationAccuracy() {
        ModelCard card = ModelCards.of(SETTINGS, List.of(new EpochEvent(1, 2, 0.3, 0.91, 0.25, 0.9312, Double.NaN,
                1000, 1000)), Double.NaN, 1, Instant.EPOCH, "test");
        assertEquals("MNIST model: mlp, 407,050 parameters, validation accuracy 93.12% (the run in progress)",
                describe(card));
    }

    @Test
    void aModelScoredOnTheTestSetGivesThatAccuracy() {
        ModelCard card = ModelCards.of(SETTINGS, List.of(new EpochEvent(1, 2, 0.3, 0.91, 0.25, 0.9312, Double.NaN,
                1000, 1000)), 0.9401, 1, Instant.EPOCH, "test");
        assertEquals("MNIST model: mlp, 407,050 parameters, test accuracy 94.01% (your model)", describe(card));
    }
}
