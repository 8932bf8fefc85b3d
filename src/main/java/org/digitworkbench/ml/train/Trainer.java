package org.digitworkbench.ml.train;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.DropoutSite;
import org.digitworkbench.ml.arch.GraphBuilder;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Trains one network on the calling thread; run it on a background thread and steer it with a {@link TrainingControl}. */
public final class Trainer {

    public TrainingOutcome train(TrainingSettings settings, DatasetSplits data, Map<String, INDArray> startFrom,
                                 TrainingListener listener, TrainingControl control) {
        settings.validated();
        NativeRuntime.configure();
        Nd4j.getRandom().setSeed(settings.seed());
        LabeledImages train = settings.limit() > 0 && settings.limit() < data.train().count()
                ? data.train().first(settings.limit()) : data.train();
        Map<String, INDArray> params = startFrom != null ? copy(startFrom)
                : ParameterInitializer.initialize(settings.architecture(), settings.seed());

        SameDiff sd = GraphBuilder.build(settings.architecture(), params, true);
        List<DropoutSite> dropout = DropoutSite.of(settings.architecture());
        sd.setTrainingConfig(new TrainingConfig.Builder()
                .updater(settings.optimizer().updater(settings.learningRate()))
                .dataSetFeatureMapping(featureMapping(dropout))
                .dataSetLabelMapping(GraphBuilder.LABEL)
                .build());
        ImageBatchIterator batches = new ImageBatchIterator(train, settings.batchSize(),
                settings.architecture().augmented(), dropout, settings.seed(), control);
        BatchStatsListener stats = new BatchStatsListener(listener, control, batches.batchesPerEpoch());

        long start = System.currentTimeMillis();
        List<EpochEvent> epochs = new ArrayList<>();
        EvaluationResult evaluation = null;
        boolean completed = true;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            if (epoch > 1) {
                batches.reset();
            }
            stats.startEpoch(epoch);
            sd.fit(batches, 1, stats);
            if (control.isCancelled()) {
                completed = false;
                break;
            }
            evaluation = Evaluator.evaluate(new Predictor(settings.architecture(), currentParams(sd, params)),
                    data.test());
            long elapsed = System.currentTimeMillis() - start;
            long eta = elapsed / epoch * (settings.epochs() - epoch);
            EpochEvent event = new EpochEvent(epoch, settings.epochs(), stats.meanLoss(), stats.accuracy(),
                    evaluation.accuracy(), elapsed, eta);
            epochs.add(event);
            listener.onEpoch(event);
            listener.onCheckpoint(snapshot(settings, epochs, evaluation, start, sd, params), evaluation);
        }
        long millis = System.currentTimeMillis() - start;
        return new TrainingOutcome(snapshot(settings, epochs, evaluation, start, sd, params), List.copyOf(epochs),
                evaluation, completed, millis);
    }

    private static TrainedModel snapshot(TrainingSettings settings, List<EpochEvent> epochs,
                                         EvaluationResult evaluation, long start, SameDiff sd,
                                         Map<String, INDArray> params) {
        ModelCard card = ModelCard.of(settings, epochs, evaluation == null ? Double.NaN : evaluation.accuracy(),
                (System.currentTimeMillis() - start) / 1000.0, Instant.now(), NativeRuntime.variant());
        return new TrainedModel(card, copy(currentParams(sd, params)));
    }

    private static List<String> featureMapping(List<DropoutSite> dropout) {
        List<String> names = new ArrayList<>();
        names.add(GraphBuilder.INPUT);
        dropout.forEach(site -> names.add(site.name()));
        return names;
    }

    private static Map<String, INDArray> currentParams(SameDiff sd, Map<String, INDArray> names) {
        Map<String, INDArray> current = new LinkedHashMap<>();
        for (String name : names.keySet()) {
            current.put(name, sd.getVariable(name).getArr());
        }
        return current;
    }

    private static Map<String, INDArray> copy(Map<String, INDArray> params) {
        Map<String, INDArray> copy = new LinkedHashMap<>();
        params.forEach((name, array) -> copy.put(name, array.dup()));
        return copy;
    }
}
