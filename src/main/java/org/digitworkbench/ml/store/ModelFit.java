package org.digitworkbench.ml.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.store.ModelFileException.Reason;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Checks that a loaded model is one Digit Workbench can run: 28x28 inputs, ten classes, known architecture. */
final class ModelFit {
    private ModelFit() {
    }

    static void check(Path file, ModelCard card, Map<String, INDArray> params) throws ModelFileException {
        Architecture architecture;
        try {
            architecture = Architecture.of(String.valueOf(card.architecture()), card.spec());
            DatasetId.fromId(String.valueOf(card.dataset()));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, Reason.MISMATCH, e.getMessage());
        }
        Map<String, long[]> expected = ParameterShapes.saved(architecture);
        String firstWeight = expected.keySet().iterator().next();
        INDArray first = params.get(firstWeight);
        long[] firstExpected = expected.get(firstWeight);
        if (first != null && !Arrays.equals(first.shape(), firstExpected)) {
            throw new ModelFileException(file, Reason.MISMATCH,
                    "does not take 28x28 grayscale inputs (first layer weights " + Arrays.toString(first.shape())
                            + ", expected " + Arrays.toString(firstExpected) + ")");
        }
        String lastBias = null;
        for (String name : expected.keySet()) {
            lastBias = name.startsWith("b") ? name : lastBias;
        }
        INDArray last = params.get(lastBias);
        if (last != null && last.length() != Architecture.CLASSES) {
            throw new ModelFileException(file, Reason.MISMATCH, "has " + last.length()
                    + " output classes; Digit Workbench needs " + Architecture.CLASSES);
        }
        for (Map.Entry<String, long[]> entry : expected.entrySet()) {
            INDArray array = params.get(entry.getKey());
            if (array == null) {
                throw new ModelFileException(file, Reason.MISMATCH, "missing weights '" + entry.getKey()
                        + "' of architecture " + architecture.reference());
            }
            if (!Arrays.equals(array.shape(), entry.getValue())) {
                throw new ModelFileException(file, Reason.MISMATCH, "weights '" + entry.getKey() + "' have shape "
                        + Arrays.toString(array.shape()) + " but architecture " + architecture.reference() + " needs "
                        + Arrays.toString(entry.getValue()));
            }
        }
        if (params.size() != expected.size()) {
            throw new ModelFileException(file, Reason.MISMATCH, "holds " + params.size()
                    + " weight arrays; architecture " + architecture.reference() + " has " + expected.size());
        }
    }
}
