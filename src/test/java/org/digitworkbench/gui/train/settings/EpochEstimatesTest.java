package org.digitworkbench.gui.train.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.StringBinding;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.BackgroundExecutor;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelService;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.store.ModelLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the architecture picker says about the time per epoch, without the toolkit. */
class EpochEstimatesTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private final BackgroundExecutor io = new BackgroundExecutor("test-io", 1);

    @TempDir
    Path models;

    @AfterEach
    void tearDown() {
        io.close();
    }

    private static RunEntry mlpRun(String dataset, double secondsPerEpoch) {
        List<EpochRecord> history = List.of(new EpochRecord(1, 0.3, 0.9, 0.9, secondsPerEpoch, null),
                new EpochRecord(2, 0.2, 0.95, 0.95, 2 * secondsPerEpoch, null));
        return new RunEntry("1", RunEntry.WINDOW, "1", dataset, "mlp", 2, 64, 0.001, "adam", 42, 0, null, List.of(),
                history, RunEntry.Outcome.FINISHED, null, 0.95, 2 * secondsPerEpoch, null, "constant", "none", 0, null, 0, null,
                0, null, null, null);
    }

    @Test
    void thePickerSaysWhetherTheTimeWasMeasuredHere() {
        TrainFormat format = new TrainFormat(TEXT);
        TrainSettingsForm form = new TrainSettingsForm(TEXT, format,
                new ModelService(ModelLocator.userModelsOnly(models), io, Runnable::run, TEXT));
        form.datasetProperty().set(DatasetId.MNIST);
        form.architectureProperty().set(Architecture.MLP);
        EpochEstimates estimates = new EpochEstimates(form, format);
        StringBinding item = estimates.item(Architecture.MLP);
        StringBinding details = estimates.details();
        assertEquals("mlp \u00b7 " + String.format(Locale.ENGLISH, "%,d", Architecture.MLP.parameterCount())
                + " parameters \u00b7 ~2 s/epoch (rough guess)", item.get());
        assertEquals(true, details.get().contains("about 2 s per epoch of 60,000 images (rough guess, measured on another machine)"),
                details.get());

        estimates.setRuns(List.of(mlpRun("mnist", 12)));
        assertEquals(true, item.get().endsWith("~12 s/epoch here"), item.get());
        assertEquals(true, details.get().contains("about 12 s per epoch of 60,000 images on this machine"),
                details.get());

        form.datasetProperty().set(DatasetId.FASHION_MNIST);
        assertEquals(true, item.get().endsWith("(rough guess)"), "a run on MNIST says nothing of Fashion-MNIST");
        assertSame(estimates.times(), estimates.timesProperty().get());
    }
}
