package org.digitworkbench.ml.arch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.digitworkbench.ml.arch.LayerSpec.Activation;
import org.digitworkbench.ml.arch.LayerSpec.BatchNorm;
import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;
import org.digitworkbench.ml.arch.LayerSpec.Dropout;
import org.digitworkbench.ml.arch.LayerSpec.MaxPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec language: what it reads, how it writes it back, and where and why it refuses. */
class SpecParserTest {

    @Test
    void readsEveryLayerWithReluJoinedToTheLayerBeforeIt() {
        assertEquals(List.of(new Conv(3, 32, false, true), new MaxPool(), new Conv(5, 16, true, false),
                        new Dropout(0.25), new Dense(100, true), new Dense(10, false)),
                SpecParser.parse("conv(32,3), relu, maxpool, conv(16,5,same), dropout(0.25), dense(100), relu, "
                        + "dense(10)"));
    }

    @Test
    void batchNormAndActivationsAreLayersOfTheirOwnWithBatchNormsScaleAndShiftTrained() {
        Architecture a = Architecture.parse("conv(8,3), BN, relu, maxpool, dense(16), tanh, batchnorm, sigmoid, dense(10)");
        assertEquals(List.of(new Conv(3, 8, false, false), new BatchNorm(), new Activation(ActivationFunction.RELU),
                new MaxPool(), new Dense(16, false), new Activation(ActivationFunction.TANH), new BatchNorm(),
                new Activation(ActivationFunction.SIGMOID), new Dense(10, false)), a.layers());
        assertEquals("conv(8,3), batchnorm, relu, maxpool, dense(16), tanh, batchnorm, sigmoid, dense(10)", a.spec());
        assertEquals(List.of("scale1", "shift1"), List.copyOf(ParameterShapes.of(a).keySet()).subList(2, 4));
        assertEquals(List.of("mean1", "variance1", "mean6", "variance6"), List.copyOf(ParameterShapes.state(a).keySet()));
        ArchitectureSummary summary = ArchitectureSummary.of(a);
        assertEquals(new ArchitectureSummary.Row("batchnorm", "26x26x8", 16), summary.rows().get(1));
        assertEquals(new ArchitectureSummary.Row("batchnorm", "16", 32), summary.rows().get(6));
        assertEquals(80 + 16 + 13 * 13 * 8 * 16 + 16 + 32 + 170, a.parameterCount());
        assertEquals(a.parameterCount(), summary.parameters());
        assertEquals("conv(8,3), relu, relu, dense(10)", Architecture.parse("conv(8,3), relu, relu, dense(10)").spec(),
                "a second relu is a layer of its own");
    }

    @Test
    void caseWhitespaceAliasesAndDefaultsDoNotChangeTheCanonicalForm() {
        String canonical = "conv(32,3), relu, maxpool, conv(8,4,same), maxpool, dropout(0.5), dense(10)";
        assertEquals(canonical, Architecture.parse(
                " CONV( 32 , 3x3 , Valid ) ,Relu,POOL, conv(8,4X4,SAME), maxpool, dropout(.50), Dense(10) ").spec());
        assertEquals(canonical, Architecture.parse(canonical).spec(), "the canonical form reads back as itself");
    }

    @Test
    void builtInsAreNamesForTheirSpecs() {
        assertEquals("conv(32,3), relu, maxpool, dense(100), relu, dense(10)", Architecture.CNN_SMALL.spec());
        assertEquals(Architecture.CNN_SMALL, Architecture.fromId("conv(32,3),relu,maxpool,dense(100),relu,dense(10)"));
        assertEquals("cnn-small", Architecture.fromId("CONV(32,3), relu, pool, dense(100), relu, dense(10)").id());
        assertEquals(Architecture.CNN, Architecture.fromId("tutorial-a"));
        assertEquals(Architecture.CNN_FASHION, Architecture.fromId("Tutorial-B"));
        assertEquals(Architecture.CNN_SMALL, Architecture.fromId("tutorial-c"));
        assertEquals(Architecture.MLP_SMALL, Architecture.fromId("tutorial-d"));
        assertEquals(Architecture.MLP, Architecture.fromId("tutorial-e"));
        Architecture custom = Architecture.fromId("dense(64), relu, dense(10)");
        assertEquals(Architecture.CUSTOM, custom.id());
        assertEquals(false, custom.augmented());
        assertEquals(784L * 64 + 64 + 64 * 10 + 10, custom.parameterCount());
    }

    @Test
    void layersKeepTheIndicesTheFiveOriginalArchitecturesHadSoSavedModelsStillLoad() {
        assertEquals(List.of("w0", "b0", "w2", "b2", "w5", "b5", "w7", "b7"),
                List.copyOf(ParameterShapes.of(Architecture.CNN_PLUS).keySet()));
        assertEquals(List.of("w0", "b0", "w1", "b1", "w3", "b3", "w4", "b4", "w7", "b7", "w9", "b9"),
                List.copyOf(ParameterShapes.of(Architecture.CNN_DEEP).keySet()));
        assertArrayEquals(new long[] {4 * 4 * 64, 100}, ParameterShapes.of(Architecture.CNN).get("w5"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @CsvSource(delimiter = '|', value = {
        "''                                    | EMPTY               | 1",
        "'   '                                 | EMPTY               | 4",
        "'conv(32,3), relu, , dense(10)'       | EXPECTED_LAYER      | 19",
        "'conv(32,3), relu,'                   | EXPECTED_LAYER      | 18",
        "'conv(32,3), softmax, dense(10)'      | UNKNOWN_LAYER       | 13",
        "'conv 32,3, dense(10)'                | EXPECTED_SYMBOL     | 6",
        "'dense(10) dense(10)'                 | EXPECTED_SYMBOL     | 11",
        "'dense(10'                            | EXPECTED_SYMBOL     | 9",
        "'conv(32,3), relu, conv(, 3)'         | EXPECTED_FILTERS    | 24",
        "'conv(32.5,3), dense(10)'             | EXPECTED_FILTERS    | 6",
        "'conv(32,), dense(10)'                | EXPECTED_KERNEL     | 9",
        "'conv(32,3x), dense(10)'              | EXPECTED_KERNEL     | 11",
        "'conv(32,3,full), dense(10)'          | EXPECTED_PADDING    | 11",
        "'dense(many), dense(10)'              | EXPECTED_UNITS      | 7",
        "'dropout(), dense(10)'                | EXPECTED_RATE       | 9",
        "'maxpool(2), dense(10)'               | NO_ARGUMENTS        | 8",
        "'conv(0,3), dense(10)'                | FILTERS_RANGE       | 6",
        "'conv(513,3), dense(10)'              | FILTERS_RANGE       | 6",
        "'dense(4097), dense(10)'              | UNITS_RANGE         | 7",
        "'conv(8,9), dense(10)'                | KERNEL_RANGE        | 8",
        "'conv(8,3x5), dense(10)'              | KERNEL_NOT_SQUARE   | 8",
        "'dropout(1), dense(10)'               | RATE_RANGE          | 9",
        "'dropout(0), dense(10)'               | RATE_RANGE          | 9",
        "'dense(100), conv(8,3), dense(10)'    | NOT_AFTER_DENSE     | 13",
        "'dense(100), maxpool, dense(10)'      | NOT_AFTER_DENSE     | 13",
        "'maxpool, maxpool, maxpool, maxpool, maxpool, dense(10)' | TOO_SMALL | 37",
        "'maxpool, maxpool, maxpool, conv(8,5), dense(10)'        | TOO_SMALL | 28",
        "'conv(32,3), relu, dense(100)'        | LAST_NOT_OUTPUT     | 19",
        "'dense(10), relu'                     | LAST_NOT_OUTPUT     | 12",
        "'conv(32,3)'                          | LAST_NOT_OUTPUT     | 1",
        "'conv(512,3), relu, dense(4096), relu, dense(10)' | TOO_MANY_PARAMETERS | 20",
    })
    void refusesWithTheProblemAndWhereItIs(String spec, SpecProblem problem, int position) {
        SpecException e = assertThrows(SpecException.class, () -> Architecture.parse(spec));
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(position, e.position(), e.getMessage());
        assertEquals(position, e.args()[0]);
        assertEquals(problem.key(), e.key());
    }

    @Test
    void aSpecOfThousandsOfLayersIsRefusedAtTheFirstLayerTooMany() {
        String spec = "tanh, ".repeat(20_000) + "dense(10)";
        SpecException e = assertThrows(SpecException.class, () -> Architecture.parse(spec));
        assertEquals(SpecProblem.TOO_MANY_LAYERS, e.problem());
        assertEquals(1201, e.position());
        assertTrue(e.getMessage().endsWith(": more than 200 layers; an architecture may have at most 200"),
                e.getMessage());
        assertEquals(200, Architecture.parse("tanh, ".repeat(199) + "dense(10)").layers().size());
        assertEquals(200, Architecture.parse("dense(16), relu, ".repeat(199) + "dense(10)").layers().size(),
                "a relu joined to its layer is no layer of its own");
    }

    @Test
    void messagesSayWhereAndWhatInEnglish() {
        assertEquals("at 14: expected a number of filters",
                assertThrows(SpecException.class, () -> Architecture.parse("maxpool,conv(x, 3), dense(10)")).getMessage());
        assertEquals("at 1: unknown architecture 'lenet'; choose one of " + Architecture.ids()
                        + " or write a layer spec such as conv(32,3), relu, maxpool, dense(100), relu, dense(10)",
                assertThrows(SpecException.class, () -> Architecture.fromId("lenet")).getMessage());
        assertEquals("at 37: the image is 1x1 here, too small for maxpool", assertThrows(SpecException.class,
                () -> Architecture.parse("maxpool, maxpool, maxpool, maxpool, maxpool, dense(10)")).getMessage());
    }
}
