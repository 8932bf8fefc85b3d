package org.digitworkbench.ml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.train.ModelCards;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLocatorTest {
    @TempDir
    Path userModels;

    @Test
    void aCopyOfTheShippedModelThatAKilledProcessLeftIsClearedByTheNextRead() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path left = Files.writeString(tmp.resolve("digit-workbench-mnist4242424242.zip"), "x");
        Files.setLastModifiedTime(left, java.nio.file.attribute.FileTime.fromMillis(0));
        Path fresh = Files.writeString(tmp.resolve("digit-workbench-mnist4343434343.zip"), "x"); // another's, in use
        try {
            new ModelLocator(userModels).loadDefault(DatasetId.MNIST);
            assertFalse(Files.exists(left));
            assertTrue(Files.exists(fresh));
        } finally {
            Files.deleteIfExists(left);
            Files.deleteIfExists(fresh);
        }
    }

    @Test
    void theShippedModelsAreGoodEnough() throws IOException {
        ModelLocator locator = new ModelLocator(userModels);
        assertTrue(locator.loadActive(DatasetId.MNIST).card().testAccuracy() >= 0.996);
        assertTrue(locator.loadActive(DatasetId.FASHION_MNIST).card().testAccuracy() >= 0.935);
    }

    @Test
    void aUserModelReplacesTheDefaultUntilReset() throws IOException {
        ModelLocator locator = new ModelLocator(userModels);
        String shipped = locator.loadActive(DatasetId.MNIST).card().architecture();
        ModelCard card = ModelCards.of(TrainingSettings.defaults(DatasetId.MNIST, Architecture.MLP), List.of(), 0.5,
                1, java.time.Instant.now(), "test");
        locator.saveAsActive(new TrainedModel(card, ParameterInitializer.initialize(Architecture.MLP, 1)));

        assertTrue(locator.hasUserModel(DatasetId.MNIST));
        assertEquals("mlp", locator.loadActive(DatasetId.MNIST).card().architecture());

        locator.resetToDefault(DatasetId.MNIST);
        assertFalse(Files.exists(locator.userModelFile(DatasetId.MNIST)));
        assertEquals(shipped, locator.loadActive(DatasetId.MNIST).card().architecture());
        List<StoredModel> kept = locator.userModels(DatasetId.MNIST);
        assertEquals(1, kept.size(), "set aside, not deleted");
        assertFalse(kept.get(0).active());
        assertTrue(Files.isRegularFile(ModelStore.cardBeside(kept.get(0).file())), "with its card");
    }

    /** A kill between the model and its card leaves no card beside it (never a wrong one); the next listing writes it. */
    @Test
    void aCardMissingBesideAModelIsWrittenAgainFromTheOneInside() throws IOException {
        ModelLocator locator = ModelLocator.userModelsOnly(userModels);
        TrainedModel model = model(0.7, "2026-02-01T10:00:00Z");
        Path file = locator.saveAsActive(model);
        Files.delete(ModelStore.cardBeside(file));

        assertEquals(1, locator.userModels(DatasetId.MNIST).size());
        assertTrue(Files.isRegularFile(ModelStore.cardBeside(file)), "the card is beside the model again");
        assertEquals(model.card().createdAt(), ModelStore.readCard(file).createdAt());
        assertTrue(Files.readString(ModelStore.cardBeside(file)).contains(model.card().createdAt()),
                Files.readString(ModelStore.cardBeside(file)));
    }

    @Test
    void aNewModelPutsTheOldOneOnTheShelfAndOnlyDeleteRemovesOne() throws IOException {
        ModelLocator locator = ModelLocator.userModelsOnly(userModels);
        TrainedModel older = model(0.5, "2026-01-01T10:00:00Z");
        TrainedModel newer = model(0.7, "2026-02-01T10:00:00Z");
        locator.saveAsActive(older);
        locator.saveAsActive(newer);
        locator.saveAsActive(newer); // the same card twice: both kept, under two names

        List<StoredModel> models = locator.userModels(DatasetId.MNIST);
        assertEquals(List.of(true, false, false), models.stream().map(StoredModel::active).toList());
        assertEquals(List.of(0.7, 0.7, 0.5), models.stream().map(m -> m.card().testAccuracy()).toList(),
                "the active one, then the shelf newest first");

        locator.activate(DatasetId.MNIST, models.get(2).file());
        assertEquals(0.5, locator.loadActive(DatasetId.MNIST).card().testAccuracy());
        assertEquals(3, locator.userModels(DatasetId.MNIST).size(), "switching loses nothing");

        locator.delete(locator.userModels(DatasetId.MNIST).get(1).file());
        assertEquals(2, locator.userModels(DatasetId.MNIST).size());
        assertThrows(IOException.class, () -> locator.activate(DatasetId.MNIST, userModels.resolve("elsewhere.zip")));
    }

    private static TrainedModel model(double accuracy, String created) {
        ModelCard card = ModelCards.of(TrainingSettings.defaults(DatasetId.MNIST, Architecture.MLP), List.of(), accuracy,
                1, java.time.Instant.parse(created), "test");
        return new TrainedModel(card, ParameterInitializer.initialize(Architecture.MLP, 1));
    }

    @Test
    void withoutShippedModelsThereIsNoDefault() {
        ModelLocator locator = ModelLocator.userModelsOnly(userModels);
        assertFalse(locator.hasDefaultModel(DatasetId.FASHION_MNIST));
        IOException e = assertThrows(IOException.class, () -> locator.loadActive(DatasetId.FASHION_MNIST));
        assertEquals("no default model for Fashion-MNIST", e.getMessage());
    }
}
