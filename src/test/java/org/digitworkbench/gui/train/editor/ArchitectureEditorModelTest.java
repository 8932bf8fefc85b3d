package org.digitworkbench.gui.train.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ArchitectureSummary;
import org.digitworkbench.ml.arch.SpecException;
import org.junit.jupiter.api.Test;

/** The spec editor's state as the user types, without the toolkit. */
class ArchitectureEditorModelTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);

    @Test
    void aValidSpecGivesTheSummarysRowsAndTotal() {
        ArchitectureEditorModel model = new ArchitectureEditorModel(TEXT, null);
        String spec = "conv(16,3), relu, maxpool, dense(32), relu, dense(10)";
        model.specProperty().set(spec);

        assertTrue(model.validProperty().get());
        assertEquals("", model.errorProperty().get());
        assertNull(model.problemProperty().get());
        assertEquals(-1, model.problemOffset());
        ArchitectureSummary expected = ArchitectureSummary.of(Architecture.parse(spec));
        assertEquals(expected, model.summaryProperty().get());
        assertEquals(6, model.summaryProperty().get().rows().size());
        assertEquals(16 * 9 + 16 + 13 * 13 * 16 * 32 + 32 + 32 * 10 + 10, model.summaryProperty().get().parameters());
        assertFalse(model.architectureProperty().get().isBuiltIn());
        assertEquals(spec, model.architectureProperty().get().spec());
    }

    @Test
    void theEditorSaysWhatTrainingTakesInMemoryAndTheLargestBatch() {
        ArchitectureEditorModel model = new ArchitectureEditorModel(TEXT, null);
        model.specProperty().set("conv(512,1,same), relu, dense(10)");
        assertEquals("Training memory: 3.21 MB an image for activations and their gradients; batches of up to 1337 "
                + "images fit the 4.3 GB limit.", model.memoryProperty().get());
    }

    @Test
    void aMistakeSaysWhereInTheUsersLanguageAndKeepsTheLastTable() {
        ArchitectureEditorModel model = new ArchitectureEditorModel(TEXT, Architecture.MLP);
        ArchitectureSummary before = model.summaryProperty().get();
        model.specProperty().set("conv(32,3), relu, maxpol, dense(10)");

        assertFalse(model.validProperty().get());
        assertNull(model.architectureProperty().get(), "nothing to train");
        SpecException problem = model.problemProperty().get();
        assertEquals("failure.spec.unknownLayer", problem.key());
        assertEquals(19, problem.position());
        assertEquals(18, model.problemOffset(), "the caret goes before the 'm' of maxpol");
        assertEquals("at 19: unknown layer 'maxpol'; expected conv, maxpool, batchnorm, dropout, dense, relu, tanh "
                + "or sigmoid", model.errorProperty().get());
        assertSame(before, model.summaryProperty().get(), "the table stays until the text is valid again");
        for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
            String said = new ArchitectureEditorModel(Messages.forLocale(language), null).errorProperty().get();
            assertFalse(said.isBlank() || said.startsWith("!"), language + ": " + said);
            assertFalse(Messages.forLocale(language).get(problem.key()).startsWith("!"), language + " lacks the key");
        }

        model.specProperty().set("conv(32,3), relu, maxpool, dense(10)");
        assertTrue(model.validProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals(4, model.summaryProperty().get().rows().size());
    }

    @Test
    void anEmptyTextAndAProblemPastTheEndStayInsideTheText() {
        ArchitectureEditorModel model = new ArchitectureEditorModel(TEXT, null);
        assertFalse(model.validProperty().get());
        assertEquals("failure.spec.empty", model.problemProperty().get().key());
        assertNull(model.summaryProperty().get());
        assertEquals(0, model.problemOffset());

        model.specProperty().set("dense(64), relu, dense(");
        assertFalse(model.validProperty().get());
        assertTrue(model.problemOffset() <= model.specProperty().get().length());
    }

    @Test
    void everyBuiltInOpensAsItselfWithItsTable() {
        for (Architecture builtIn : Architecture.builtIns()) {
            ArchitectureEditorModel model = new ArchitectureEditorModel(TEXT, builtIn);
            assertTrue(model.validProperty().get(), builtIn.id());
            assertSame(builtIn, model.architectureProperty().get(), "its spec reads back as " + builtIn.id());
            assertEquals(ArchitectureSummary.of(builtIn), model.summaryProperty().get());
            assertEquals(builtIn.parameterCount(), model.summaryProperty().get().parameters());
        }
    }
}
