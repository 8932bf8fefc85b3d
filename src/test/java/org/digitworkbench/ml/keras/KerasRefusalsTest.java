package org.digitworkbench.ml.keras;

import static org.digitworkbench.ml.keras.CraftedKeras.archive;
import static org.digitworkbench.ml.keras.CraftedKeras.layer;
import static org.digitworkbench.ml.keras.CraftedKeras.sequential;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.store.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keras models Digit Workbench cannot run are refused with the layer or setting named and what is supported. */
class KerasRefusalsTest {
    private static final String FLATTEN = layer("Flatten", "flat", "");
    private static final String OUTPUT = layer("Dense", "out", "\"units\": 10, \"activation\": \"softmax\"");

    @TempDir
    Path dir;

    @Test
    void anUnknownLayerIsNamedWithWhatIsSupported() throws Exception {
        assertContains(refused(sequential("28, 28", layer("LSTM", "memory", "\"units\": 32"), OUTPUT)),
                "layer 'memory' (LSTM): not supported; supported are InputLayer, Conv2D");
    }

    @Test
    void settingsTheSpecCannotSayAreNamed() throws Exception {
        assertContains(refused(sequential("28, 28, 1", layer("Conv2D", "c", "\"filters\": 8, \"kernel_size\": [3, 3],"
                + " \"strides\": [2, 2]"), FLATTEN, OUTPUT)), "layer 'c' (Conv2D): stride [2, 2]");
        assertContains(refused(sequential("784", layer("Dense", "d", "\"units\": 64, \"activation\": \"gelu\""),
                OUTPUT)), "activation gelu is not supported; supported are relu, tanh, sigmoid");
        assertContains(refused(sequential("28, 28, 1", layer("Conv2D", "c", "\"filters\": 8, \"kernel_size\": 3"),
                OUTPUT)), "layer 'out' (Dense): gets an input shaped (26, 26, 8); a Flatten before it");
        assertContains(refused(sequential("28, 28, 1", FLATTEN, layer("BatchNormalization", "bn", ""), OUTPUT)),
                "layer 'bn' (BatchNormalization): normalizes the (784,) values after a Flatten");
    }

    @Test
    void theInputAndOutputMustBeWhatTheDataSetsAre() throws Exception {
        assertContains(refused(sequential("32, 32, 3", FLATTEN, OUTPUT)),
                "the model's input is shaped (32, 32, 3); supported are (28, 28, 1), (28, 28) and (784,)");
        assertContains(refused(sequential("784", layer("Dense", "out", "\"units\": 5"))),
                "5 units; the last Dense layer must give one value per class, 10");
    }

    @Test
    void theSpecLanguagesLimitsHold() throws Exception {
        assertContains(refused(sequential("784", layer("Dense", "wide", "\"units\": 100000"), OUTPUT)),
                "its layers as the architecture 'dense(100000), dense(10)': at 7: 100,000 units; choose 1 to 4096");
    }

    @Test
    void aFunctionalModelMustBeAPlainChain() throws Exception {
        String config = "{\"class_name\": \"Functional\", \"config\": {\"layers\": ["
                + "{\"class_name\": \"InputLayer\", \"name\": \"in\", \"config\": {\"batch_shape\": [null, 784]},"
                + " \"inbound_nodes\": []},"
                + "{\"class_name\": \"Dense\", \"name\": \"a\", \"config\": {\"units\": 10}, \"inbound_nodes\": "
                + tensors("in") + "},"
                + "{\"class_name\": \"Dense\", \"name\": \"b\", \"config\": {\"units\": 10}, \"inbound_nodes\": "
                + tensors("in") + "},"
                + "{\"class_name\": \"Add\", \"name\": \"sum\", \"config\": {}, \"inbound_nodes\": "
                + tensors("a", "b") + "}],"
                + "\"input_layers\": [[\"in\", 0, 0]], \"output_layers\": [[\"sum\", 0, 0]]}}";
        assertContains(refused(config), "the functional model is not a plain chain of layers (layer 'b' takes the"
                + " output of 'in', not of 'a')");
    }

    private static String tensors(String... sources) {
        StringBuilder args = new StringBuilder("[{\"args\": [");
        for (int i = 0; i < sources.length; i++) {
            args.append(i == 0 ? "" : ", ").append("{\"class_name\": \"__keras_tensor__\", \"config\": "
                    + "{\"keras_history\": [\"").append(sources[i]).append("\", 0, 0]}}");
        }
        return args.append("], \"kwargs\": {}}]").toString();
    }

    private String refused(String config) throws Exception {
        Path file = archive(dir.resolve("m.keras"), config);
        ModelFileException e = assertThrows(ModelFileException.class, () -> KerasFiles.read(file, DatasetId.MNIST));
        assertEquals(ModelFileException.Reason.UNSUPPORTED, e.reason(), e.getMessage());
        return e.getMessage();
    }

    static void assertContains(String text, String part) {
        assertTrue(text.contains(part), text);
    }
}
