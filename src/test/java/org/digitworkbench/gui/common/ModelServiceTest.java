package org.digitworkbench.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.TinyModel;
import org.digitworkbench.gui.shell.MainViewModel;
import org.digitworkbench.gui.shell.ModelsViewModel;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.store.ModelStore;
import org.digitworkbench.ml.store.StoredModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model service without the toolkit: the test thread plays the FX thread by running the posted UI tasks. */
class ModelServiceTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    @TempDir
    Path userModels;
    @TempDir
    Path elsewhere;
    private final BlockingQueue<Runnable> uiTasks = new LinkedBlockingQueue<>();
    private final BackgroundExecutor background = new BackgroundExecutor("test-models", 2);
    private ModelService service;

    @AfterEach
    void stop() {
        background.close();
    }

    private ModelService service() {
        service = new ModelService(ModelLocator.userModelsOnly(userModels), background, uiTasks::add, TEXT);
        return service;
    }

    private void pumpUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            Runnable task = uiTasks.poll(100, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
        }
    }

    private static TrainedModel relabelled(TrainedModel model, DatasetId dataset) {
        ModelCard c = model.card();
        return new TrainedModel(new ModelCard(c.format(), dataset.id(), c.architecture(), c.parameters(), c.epochs(),
                c.batchSize(), c.learningRate(), c.optimizer(), c.seed(), c.limit(), c.history(), c.testAccuracy(),
                c.trainingSeconds(), c.createdAt(), c.nativeVariant()), model.params());
    }

    @Test
    void loadsTheUsersModelInTheBackground() throws Exception {
        ModelStore.save(TinyModel.mnist(), userModels.resolve("mnist.zip"));
        ModelService models = service();

        models.activate(DatasetId.MNIST);
        assertEquals(ModelStatus.State.LOADING, models.status().state());
        pumpUntil(() -> models.status().state() != ModelStatus.State.LOADING);

        assertTrue(models.status().ready());
        assertTrue(models.status().userModel());
        String line = new MainViewModel(DatasetId.MNIST, models, TEXT).describe(models.status());
        assertTrue(line.startsWith("MNIST model: mlp, 407,050 parameters, test accuracy"), line);
        assertTrue(line.endsWith("(your model)"), line);
    }

    @Test
    void aModelOfTheOtherDataSetIsRefusedAndNothingIsLost() throws Exception {
        ModelStore.save(TinyModel.mnist(), userModels.resolve("mnist.zip"));
        Path fashion = elsewhere.resolve("fashion.zip");
        ModelStore.save(relabelled(TinyModel.mnist(), DatasetId.FASHION_MNIST), fashion);
        ModelService models = service();
        models.activate(DatasetId.MNIST);
        pumpUntil(() -> models.status().ready());
        TrainedModel before = models.status().model();

        models.openModel(fashion);
        pumpUntil(() -> models.errorProperty().get() != null);

        assertTrue(models.errorProperty().get().contains("was trained on Fashion-MNIST, but MNIST is chosen"),
                models.errorProperty().get());
        assertSame(before, models.status().model());
    }

    @Test
    void aKerasFileOpensAsAModelOfTheChosenDataSetScoredAndExportsBack() throws Exception {
        ModelService models = service();
        models.setTestImages(dataset -> TestData.subset(dataset, 0, 500).test());
        models.activate(DatasetId.MNIST);
        pumpUntil(() -> models.status() != null && models.status().state() != ModelStatus.State.LOADING);
        Path keras = Path.of(getClass().getResource("/org/digitworkbench/ml/keras/fixtures/tutorial-d.keras").toURI());

        models.openModel(keras);
        pumpUntil(() -> models.status().ready() && models.status().model().card().importedFrom() != null);

        ModelCard card = models.status().model().card();
        assertEquals("tutorial-d.keras", card.importedFrom().file());
        assertEquals("3.15.1", card.importedFrom().kerasVersion());
        assertEquals("mnist", card.dataset());
        assertTrue(card.testAccuracy() > 0.9, "scored: " + card.testAccuracy());
        assertTrue(Files.isRegularFile(userModels.resolve("mnist.zip")), "kept as the active model");
        assertTrue(new ModelsViewModel(models, TEXT).describe(new StoredModel(userModels.resolve("mnist.zip"), card,
                true)).contains("opened from tutorial-d.keras (Keras 3.15.1)"));

        Path exported = elsewhere.resolve("again.h5");
        models.exportForKeras(exported);
        pumpUntil(() -> Files.isRegularFile(exported));
        assertNull(models.errorProperty().get());
    }

    @Test
    void aBrokenFileShowsTheStoresMessage() throws Exception {
        Path broken = elsewhere.resolve("broken.zip");
        Files.writeString(broken, "not a zip");
        ModelService models = service();
        models.activate(DatasetId.MNIST);
        pumpUntil(() -> models.status().state() != ModelStatus.State.LOADING);

        models.openModel(broken);
        pumpUntil(() -> models.errorProperty().get() != null);

        assertTrue(models.errorProperty().get().startsWith("Could not open the model: " + broken), models.errorProperty().get());
    }

    @Test
    void anOpenedModelBecomesTheActiveOneAndResetSetsItAside() throws Exception {
        Path file = elsewhere.resolve("mine.zip");
        ModelStore.save(TinyModel.mnist(), file);
        ModelService models = service();
        models.activate(DatasetId.MNIST);
        pumpUntil(() -> models.status().state() != ModelStatus.State.LOADING);

        models.openModel(file);
        pumpUntil(() -> models.status().ready() && models.status().userModel());
        assertNull(models.errorProperty().get());
        assertTrue(Files.isRegularFile(userModels.resolve("mnist.zip")), "kept for the next start");

        models.resetToDefault();
        pumpUntil(() -> !models.status().userModel() && models.status().state() != ModelStatus.State.LOADING);
        assertFalse(Files.exists(userModels.resolve("mnist.zip")));
        try (var kept = Files.list(userModels.resolve("mnist"))) {
            assertEquals(1, kept.filter(f -> f.toString().endsWith(".zip")).count(), "kept on the shelf, not deleted");
        }
        // the shipped default, where this checkout has one; otherwise the plain "no model yet"
        assertNotEquals(ModelStatus.State.FAILED, models.status().state());
    }

    @Test
    void theModelsDialogSwitchesBetweenKeptModelsAndDeletesOnlyWhenConfirmed() throws Exception {
        ModelLocator locator = ModelLocator.userModelsOnly(userModels);
        TrainedModel first = TinyModel.mnist();
        locator.saveAsActive(first);
        TrainedModel second = new TrainedModel(first.card().withContinuedFrom(first.card()), first.params());
        locator.saveAsActive(second);
        ModelService models = service();
        models.activate(DatasetId.MNIST);
        pumpUntil(() -> models.status().ready());
        ModelsViewModel dialog = new ModelsViewModel(models, TEXT);

        dialog.refresh();
        pumpUntil(() -> dialog.items().size() == 2);
        assertTrue(dialog.items().get(0).active());
        assertTrue(dialog.describe(dialog.items().get(0)).contains("continued from"), dialog.describe(dialog.items().get(0)));
        assertTrue(dialog.describe(dialog.items().get(0)).contains("in use"));
        assertTrue(dialog.deleteQuestion(dialog.items().get(0)).endsWith(
                "Drawing will have no model until you train or open one."), "no shipped model in this locator");
        StoredModel kept = dialog.items().get(1);
        assertFalse(kept.active());
        assertFalse(dialog.canUse(dialog.items().get(0)), "the active one is in use already");

        dialog.selectedProperty().set(kept);
        dialog.useSelected();
        pumpUntil(() -> dialog.items().size() == 2 && dialog.items().get(0).card().continuedFrom() == null);
        pumpUntil(() -> models.status().ready() && models.status().model().card().continuedFrom() == null);

        List<StoredModel> asked = new ArrayList<>();
        dialog.setDeleteConfirmation(model -> {
            asked.add(model);
            return false;
        });
        dialog.selectedProperty().set(dialog.items().get(1));
        dialog.deleteSelected();
        assertEquals(1, asked.size(), "asked first");
        pumpUntil(() -> uiTasks.isEmpty());
        assertEquals(2, locator.userModels(DatasetId.MNIST).size(), "not confirmed: nothing deleted");

        dialog.setDeleteConfirmation(model -> true);
        StoredModel doomed = dialog.items().get(1);
        dialog.selectedProperty().set(doomed);
        dialog.deleteSelected();
        pumpUntil(() -> dialog.items().size() == 1);
        assertFalse(Files.exists(doomed.file()));
        assertNull(dialog.errorProperty().get());
    }

    @Test
    void theModelsDialogNamesTheShippedModelAsAncestorAndAsWhatTakesOver() throws Exception {
        ModelLocator locator = new ModelLocator(userModels);
        assertTrue(locator.hasDefaultModel(DatasetId.MNIST), "the checkout ships an MNIST model");
        ModelCard shipped = locator.defaultCard(DatasetId.MNIST);
        TrainedModel tiny = TinyModel.mnist();
        locator.saveAsActive(new TrainedModel(tiny.card().withContinuedFrom(shipped), tiny.params()));
        service = new ModelService(locator, background, uiTasks::add, TEXT);
        service.activate(DatasetId.MNIST);
        pumpUntil(() -> service.status().ready());
        ModelsViewModel dialog = new ModelsViewModel(service, TEXT);

        dialog.refresh();
        pumpUntil(() -> dialog.items().size() == 1);
        StoredModel mine = dialog.items().get(0);
        assertTrue(dialog.describe(mine).contains("continued from the shipped model"), dialog.describe(mine));
        assertTrue(dialog.deleteQuestion(mine).endsWith("Drawing goes on with the shipped model."),
                dialog.deleteQuestion(mine));
    }

    @Test
    void withoutAnyModelTheStateIsMissingNotFailed() throws Exception {
        ModelService models = service();

        models.activate(DatasetId.FASHION_MNIST);
        pumpUntil(() -> models.status().state() != ModelStatus.State.LOADING);

        assertEquals(ModelStatus.State.MISSING, models.status().state());
        assertNotNull(new MainViewModel(DatasetId.FASHION_MNIST, models, TEXT).describe(models.status()));
    }

    @Test
    void switchingQuicklyKeepsTheLastChoice() throws Exception {
        ModelStore.save(TinyModel.mnist(), userModels.resolve("mnist.zip"));
        ModelService models = service();

        models.activate(DatasetId.MNIST);
        models.activate(DatasetId.FASHION_MNIST);
        models.activate(DatasetId.MNIST);
        pumpUntil(() -> models.status().state() != ModelStatus.State.LOADING);

        assertEquals(DatasetId.MNIST, models.status().dataset());
        assertTrue(models.status().ready());
    }

}
