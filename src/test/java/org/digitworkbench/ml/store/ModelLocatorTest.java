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
    void theShippedModelsAreGoodEnough() throws IOException {
        ModelLocator locator = new ModelLocator(userModels);
        assertTrue(locator.loadActive(DatasetId.MNIST).card().testAccuracy() >= 0.994);
        assertTrue(locator.loadActive(DatasetId.FASHION_MNIST).card().testAccuracy() >= 0.925);
    }

    @Test
    void aUserModelReplacesTheDefaultUntilReset() throws IOException {
        ModelLocator locator = new ModelLocator(userModels);
        ModelCard card = ModelCards.of(TrainingSettings.defaults(DatasetId.MNIST, Architecture.MLP), List.of(), 0.5,
                1, java.time.Instant.now(), "test");
        locator.saveAsActive(new TrainedModel(card, ParameterInitializer.initialize(Architecture.MLP, 1)));

        assertTrue(locator.hasUserModel(DatasetId.MNIST));
        assertEquals("mlp", locator.loadActive(DatasetId.MNIST).card().architecture());

        locator.resetToDefault(DatasetId.MNIST);
        assertFalse(Files.exists(locator.userModelFile(DatasetId.MNIST)));
        assertEquals("cnn-plus", locator.loadActive(DatasetId.MNIST).card().architecture());
    }

    @Test
    void withoutShippedModelsThereIsNoDefault() {
        ModelLocator locator = ModelLocator.userModelsOnly(userModels);
        assertFalse(locator.hasDefaultModel(DatasetId.FASHION_MNIST));
        IOException e = assertThrows(IOException.class, () -> locator.loadActive(DatasetId.FASHION_MNIST));
        assertEquals("no default model for Fashion-MNIST", e.getMessage());
    }
}
