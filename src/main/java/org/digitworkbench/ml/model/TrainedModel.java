package org.digitworkbench.ml.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.digitworkbench.ml.arch.Architecture;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A trained network: its card and its parameters. Immutable by convention: nobody writes to the arrays. */
public final class TrainedModel {
    private final ModelCard card;
    private final Map<String, INDArray> params;
    private volatile String fingerprint;

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

    /** The same network, its card giving {@code accuracy} on the test set. */
    public TrainedModel withTestAccuracy(double accuracy) {
        return new TrainedModel(card.withTestAccuracy(accuracy), params);
    }

    /**
     * The SHA-256 (hex) of what decides this model's answers: its architecture and every parameter's name, shape
     * and values. Two models that answer alike share it whatever their cards say or where their files are; a
     * model changed, retrained or replaced gets another. Computed once (tens of milliseconds for a large model).
     */
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = digest();
            fingerprint = known;
        }
        return known;
    }

    private String digest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        sha.update(architecture().spec().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, INDArray> param : new TreeMap<>(params).entrySet()) {
            INDArray values = param.getValue();
            sha.update(("\n" + param.getKey() + Arrays.toString(values.shape()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            float[] floats = values.dup('c').data().asFloat(); // a view's buffer holds more than its values
            ByteBuffer bytes = ByteBuffer.allocate(floats.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(floats);
            sha.update(bytes.array());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A predictor of its own for the calling thread; it holds a copy of the weights. */
    public Predictor newPredictor() {
        return new Predictor(architecture(), params);
    }
}
