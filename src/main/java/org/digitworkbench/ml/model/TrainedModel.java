package org.digitworkbench.ml.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.digitworkbench.ml.arch.Architecture;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A trained network: its card and its parameters. Immutable by convention: nobody writes to the arrays. */
public final class TrainedModel {
    private final ModelCard card;
    private final Map<String, INDArray> params;

    public TrainedModel(ModelCard card, Map<String, INDArray> params) {
        this.card = card;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public ModelCard card() {
        return card;
    }

    public Architecture architecture() {
        return Architecture.of(card.architecture(), card.spec());
    }

    public Map<String, INDArray> params() {
        return params;
    }

    /** A predictor of its own for the calling thread; it holds a copy of the weights. */
    public Predictor newPredictor() {
        return new Predictor(architecture(), params);
    }
}
