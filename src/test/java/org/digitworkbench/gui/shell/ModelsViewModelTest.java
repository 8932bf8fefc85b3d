package org.digitworkbench.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.store.StoredModel;
import org.junit.jupiter.api.Test;

/** What the Models dialog's Layers… shows for a model, without the toolkit. */
class ModelsViewModelTest {
    private final ModelsViewModel models = new ModelsViewModel(null, Messages.forLocale(Locale.ENGLISH));

    private static StoredModel stored(String architecture, String spec) {
        ModelCard card = new ModelCard(ModelCard.FORMAT, "mnist", architecture, 1, 1, 64, 0.001, "adam", 42, 0,
                List.of(), 0.9, 1, "2026-12-01T00:00:00Z", "test").withSpec(spec);
        return new StoredModel(Path.of("m.zip"), card, false);
    }

    @Test
    void aCardBeforeSpecsIsItsBuiltInAndANewOneItsSpec() {
        assertSame(Architecture.CNN_DEEP, models.architecture(stored("cnn-deep", null)));
        Architecture own = models.architecture(stored(Architecture.CUSTOM, "conv(8,3), relu, maxpool, dense(10)"));
        assertEquals("conv(8,3), relu, maxpool, dense(10)", own.spec());
        assertEquals(8 * 9 + 8 + 13 * 13 * 8 * 10 + 10, own.parameterCount());
    }
}
