package org.digitworkbench.ml.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.LayerSpec.Activation;
import org.digitworkbench.ml.arch.LayerSpec.BatchNorm;
import org.digitworkbench.ml.arch.LayerSpec.Conv;
import org.digitworkbench.ml.arch.LayerSpec.Dense;
import org.digitworkbench.ml.arch.LayerSpec.Dropout;
import org.digitworkbench.ml.arch.LayerSpec.MaxPool;
import org.digitworkbench.ml.arch.LayerSpec;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Trains one network, one batch at a time, on the calling thread: forward, softmax cross-entropy, backward,
 * then one optimizer update over all parameters at once (they live in one flat buffer, their gradients in
 * another). Not thread-safe; hand other threads {@link #parameters()}, which are copies.
 */
public final class TrainingStep {
    private final Architecture architecture;
    private final List<StepLayer> layers = new ArrayList<>();
    private final boolean[] needsInputGradient;
    private final INDArray flatParameters;
    private final INDArray flatGradients;
    private final Map<String, INDArray> parameterViews;
    private final Map<String, INDArray> gradientViews;
    private final Map<String, ActivationShape> channelLastWeights = new LinkedHashMap<>();
    /** Batch normalization's running statistics: moved by each forward pass, never by the optimizer. */
    private final Map<String, INDArray> state = new LinkedHashMap<>();
    private final GradientUpdater<?> updater;
    private final StepProfile profile;
    private final int[] forwardStage;
    private final int[] backwardStage;
    private final int lossStage;
    private final int updateStage;
    private final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
    private int iteration;

    /**
     * @param parameters the starting parameters as saved models hold them (not modified)
     * @param profile    where to add each stage's time, or null to time nothing
     */
    public TrainingStep(Architecture architecture, Map<String, INDArray> parameters, IUpdater optimizer,
                        StepProfile profile) {
        this.architecture = architecture;
        this.profile = profile;
        ParameterShapes.state(architecture).forEach((name, shape) -> {
            INDArray value = parameters.get(name);
            state.put(name, value != null ? value.castTo(DataType.FLOAT).dup('c')
                    : Nd4j.create(DataType.FLOAT, shape, 'c').assign(name.startsWith("variance") ? 1 : 0));
        });
        buildLayers();
        Map<String, long[]> shapes = ParameterShapes.of(architecture);
        long total = shapes.values().stream().mapToLong(ParameterViews::count).sum();
        flatParameters = Nd4j.create(DataType.FLOAT, 1, total);
        flatGradients = Nd4j.create(DataType.FLOAT, 1, total);
        ParameterViews views = new ParameterViews(flatParameters, flatGradients, shapes);
        parameterViews = views.parameters();
        gradientViews = views.gradients();
        parameters.forEach((name, value) -> {
            if (state.containsKey(name)) {
                return;
            }
            INDArray target = parameterViews.get(name);
            if (target == null) {
                throw new IllegalArgumentException("unexpected parameter " + name);
            }
            ActivationShape in = channelLastWeights.get(name);
            target.assign(in == null ? value : ChannelOrder.channelFirstToLast(value, in));
        });
        layers.forEach(layer -> layer.bind(views));

        needsInputGradient = new boolean[layers.size()];
        boolean parametersBelow = false;
        for (int i = 0; i < layers.size(); i++) {
            needsInputGradient[i] = parametersBelow;
            parametersBelow |= layers.get(i).hasParameters();
        }
        long stateSize = optimizer.stateSize(total);
        updater = optimizer.instantiate(stateSize == 0 ? null : Nd4j.create(DataType.FLOAT, 1, stateSize), true);

        StepProfile timing = profile != null ? profile : new StepProfile();
        forwardStage = new int[layers.size()];
        backwardStage = new int[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            forwardStage[i] = timing.stage(layers.get(i).label() + " forward");
        }
        lossStage = timing.stage("softmax cross-entropy");
        for (int i = layers.size() - 1; i >= 0; i--) {
            backwardStage[i] = timing.stage(layers.get(i).label() + " backward");
        }
        updateStage = timing.stage("optimizer update");
    }

    /** Forward, backward and update on one batch; returns the batch's loss and accuracy before the update. */
    public StepResult train(Batch batch) {
        StepResult result = forwardAndBackward(batch);
        long start = System.nanoTime();
        updater.applyUpdater(flatGradients, iteration++, 0);
        flatParameters.subi(flatGradients);
        time(updateStage, start);
        if (profile != null) {
            profile.countBatch();
        }
        return result;
    }

    /** The gradients of the batch's mean loss, in the saved models' layout, without updating anything. */
    public Map<String, INDArray> gradients(Batch batch) {
        forwardAndBackward(batch);
        return copy(gradientViews);
    }

    /** A copy of the current parameters, and of the state, in the saved models' layout. */
    public Map<String, INDArray> parameters() {
        Map<String, INDArray> out = copy(parameterViews);
        state.forEach((name, value) -> out.put(name, value.dup('c')));
        return out;
    }

    private StepResult forwardAndBackward(Batch batch) {
        INDArray x = null;
        for (int i = 0; i < layers.size(); i++) {
            long start = System.nanoTime();
            x = layers.get(i).forward(x, batch);
            time(forwardStage[i], start);
        }
        long start = System.nanoTime();
        StepResult result = loss.evaluate(x, batch.labels());
        time(lossStage, start);
        INDArray gradient = loss.gradient();
        for (int i = layers.size() - 1; i >= 0 && gradient != null; i--) {
            start = System.nanoTime();
            gradient = layers.get(i).backward(gradient, needsInputGradient[i]);
            time(backwardStage[i], start);
        }
        return result;
    }

    private void time(int stage, long start) {
        if (profile != null) {
            profile.add(stage, System.nanoTime() - start);
        }
    }

    private Map<String, INDArray> copy(Map<String, INDArray> views) {
        Map<String, INDArray> out = new LinkedHashMap<>();
        views.forEach((name, view) -> {
            ActivationShape in = channelLastWeights.get(name);
            out.put(name, in == null ? view.dup('c') : ChannelOrder.channelLastToFirst(view, in));
        });
        return out;
    }

    private void buildLayers() {
        List<ActivationShape> inputs = ActivationShape.inputsOf(architecture);
        if (!(architecture.layers().get(0) instanceof Conv)) {
            layers.add(new PixelInput(architecture.takesImage()));
        }
        int dropoutSites = 0;
        for (int i = 0; i < architecture.layers().size(); i++) {
            LayerSpec spec = architecture.layers().get(i);
            ActivationShape in = inputs.get(i);
            if (spec instanceof Conv conv) {
                layers.add(i == 0 && in.channels() == 1
                        ? new PatchConvLayer(i, conv)
                        : new ConvLayer(i, conv, (int) in.side()));
            } else if (spec instanceof MaxPool) {
                layers.add(new MaxPoolLayer());
            } else if (spec instanceof Dropout dropout) {
                layers.add(new DropoutLayer(dropoutSites++, dropout.rate()));
            } else if (spec instanceof BatchNorm) {
                layers.add(new BatchNormLayer(i, (int) in.features(), state.get(ParameterShapes.meanOf(i)),
                        state.get(ParameterShapes.varianceOf(i))));
            } else if (spec instanceof Activation activation) {
                layers.add(new ActivationLayer(activation.function()));
            } else if (spec instanceof Dense dense) {
                layers.add(new DenseLayer(i, (int) in.size(), dense.units(), dense.relu()));
                if (in.spatial()) {
                    channelLastWeights.put("w" + i, in);
                }
            }
        }
    }
}
