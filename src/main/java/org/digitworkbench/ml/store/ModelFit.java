package org.digitworkbench.ml.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.store.ModelFileException.Reason;

/**
 * Whether a model file is one Digit Workbench can run: 28x28 inputs, ten classes, a known architecture, and
 * exactly the arrays that architecture has. Asked of each array's declared shape before its values are read.
 */
final class ModelFit {
    /** Far above any architecture the spec language allows; a file claiming more values is not read at all. */
    static final long MAX_VALUES = 50_000_000;

    private ModelFit() {
    }

    /** The card's architecture, when it names one this program can run. */
    static Architecture architectureOf(Path file, ModelCard card) throws ModelFileException {
        try {
            DatasetId.fromId(String.valueOf(card.dataset()));
            return Architecture.of(String.valueOf(card.architecture()), card.spec());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, Reason.MISMATCH, e.getMessage());
        }
    }

    /** Every array a file of {@code architecture} holds, by name, with its shape. */
    static Map<String, long[]> expectedArrays(Path file, Architecture architecture) throws ModelFileException {
        Map<String, long[]> expected = ParameterShapes.saved(architecture);
        long values = 0;
        for (long[] shape : expected.values()) {
            values += ParameterShapes.count(shape);
        }
        if (values > MAX_VALUES) {
            throw new ModelFileException(file, Reason.MISMATCH, "architecture " + architecture.reference() + " has "
                    + values + " values; a model may have at most " + MAX_VALUES);
        }
        return expected;
    }

    /** Checks the shape a file declares for array {@code name} before anything of that size is allocated. */
    static void checkShape(Path file, Architecture architecture, Map<String, long[]> expected, String name,
                           long[] declared) throws ModelFileException {
        long[] wanted = expected.get(name);
        if (wanted == null) {
            throw new ModelFileException(file, Reason.MISMATCH, "holds weights '" + name + "' that architecture "
                    + architecture.reference() + " does not have");
        }
        if (Arrays.equals(declared, wanted)) {
            return;
        }
        String firstWeights = expected.keySet().iterator().next();
        if (name.equals(firstWeights)) {
            throw new ModelFileException(file, Reason.MISMATCH, "does not take 28x28 grayscale inputs (first layer "
                    + "weights " + Arrays.toString(declared) + ", expected " + Arrays.toString(wanted) + ")");
        }
        if (isOutputLayer(expected, name) && declared.length == wanted.length && declared.length > 0
                && declared[declared.length - 1] != Architecture.CLASSES) {
            throw new ModelFileException(file, Reason.MISMATCH, "has " + declared[declared.length - 1]
                    + " output classes; Digit Workbench needs " + Architecture.CLASSES);
        }
        throw new ModelFileException(file, Reason.MISMATCH, "weights '" + name + "' have shape "
                + Arrays.toString(declared) + " but architecture " + architecture.reference() + " needs "
                + Arrays.toString(wanted));
    }

    /** Whether {@code name} is the weights or bias of the last layer, the one giving a value per class. */
    private static boolean isOutputLayer(Map<String, long[]> expected, String name) {
        String lastBias = null;
        for (String array : expected.keySet()) {
            lastBias = array.startsWith("b") ? array : lastBias;
        }
        return lastBias != null && (name.equals(lastBias) || name.equals("w" + lastBias.substring(1)));
    }
}
