package org.digitworkbench.ml.train;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.DropoutSite;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.eval.UnsureCalibration;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.step.Batch;
import org.digitworkbench.ml.step.StepProfile;
import org.digitworkbench.ml.step.StepResult;
import org.digitworkbench.ml.step.TrainingStep;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Trains one network on the calling thread; run it on a background thread and steer it with a {@link TrainingControl}. */
public final class Trainer {
    private final StepProfile profile;

    public Trainer() {
        this(null);
    }

    /** @param profile where the training step adds each stage's time (the benchmark's profile), or null */
    public Trainer(StepProfile profile) {
        this.profile = profile;
    }

    /**
     * @param startFrom the model to go on training, null for a fresh network; every model this run makes
     *                  (checkpoints too) records its card as {@code continuedFrom}
     */
    public TrainingOutcome train(TrainingSettings settings, DatasetSplits data, TrainedModel startFrom,
                                 TrainingListener listener, TrainingControl control) {
        settings.validated();
        NativeRuntime.configure();
        ValidationPlan plan = settings.validation();
        if (data.train().count() - plan.images() < settings.batchSize()) {
            throw new IllegalArgumentException("holding out " + plan.images() + " of " + data.train().count()
                    + " training images leaves fewer than a batch (" + settings.batchSize() + ")");
        }
        ValidationSplit split = ValidationSplit.of(data.train().count(), plan.images(), settings.seed());
        LabeledImages pool = split.trainingOf(data.train());
        LabeledImages heldOut = split.heldOutOf(data.train());
        LabeledImages train = settings.limit() > 0 && settings.limit() < pool.count()
                ? pool.first(settings.limit()) : pool;
        if (settings.negatives() > 0 && settings.dataset() == DatasetId.FASHION_MNIST) {
            // the negatives are drawings: drawn garments are taught as garments beside them
            train = train.followedBy(DrawnGarmentPool.render((int) (train.count() * DrawnGarmentPool.SHARE),
                    settings.seed()));
        }
        Map<String, INDArray> params = startFrom != null ? startFrom.params()
                : ParameterInitializer.initialize(settings.architecture(), settings.seed());
        ModelCard lineage = startFrom == null ? null : startFrom.card();
        long batchesPerEpoch = (train.count() + settings.batchSize() - 1) / settings.batchSize();
        ScheduledRate rate = new ScheduledRate(settings.schedule(), settings.learningRate(),
                settings.epochs() * batchesPerEpoch, settings.warmupBatches(batchesPerEpoch));
        TrainingStep step = new TrainingStep(settings.architecture(), params, settings.optimizer().updater(rate),
                profile);
        byte[] negatives = settings.negatives() > 0
                ? NegativePool.render(settings.dataset(), NegativePool.sizeFor(train.count()), settings.seed()) : null;
        List<DropoutSite> dropout = DropoutSite.of(settings.architecture());
        ImageBatches batches = new ImageBatches(train, settings.batchSize(), settings.augmentation(), negatives,
                settings.negatives(), dropout, settings.seed());
        int batchSize = settings.batchSize();
        int nextBatchSize = batchSize;
        boolean layerSamples = listener.wantsLayerSamples();
        LayerSampling sampling = new LayerSampling();

        UnsureCalibration calibration = UnsureCalibration.forDataset(settings.dataset(), train);
        long start = System.currentTimeMillis();
        List<EpochEvent> epochs = new ArrayList<>();
        BestEpoch best = new BestEpoch(plan.patience());
        EvaluationResult lastTested = null;
        double lastValidationAccuracy = Double.NaN;
        long iteration = 0;
        double unsureBelow = Double.NaN;
        for (int epoch = 1; epoch <= settings.epochs() && !control.isCancelled(); epoch++) {
            if (epoch > 1 && nextBatchSize != batchSize) {
                batchSize = nextBatchSize;
                batches = new ImageBatches(train, batchSize, settings.augmentation(), negatives, settings.negatives(),
                        dropout, settings.seed() + epoch);
                rate.setTotalBatches(iteration + (long) (settings.epochs() - epoch + 1) * batches.batchesPerEpoch());
            } else if (epoch > 1) {
                batches.reset();
            }
            double lossSum = 0;
            long correct = 0;
            long seen = 0;
            int batchInEpoch = 0;
            long previous = System.nanoTime();
            while (batches.hasNext() && !control.isCancelled()) {
                Batch batch = batches.next();
                // the updater asks the schedule with the step's own count of batches, which is this one's
                double batchRate = rate.valueAt((int) iteration, 0);
                LayerSampler sampler = layerSamples && sampling.due(iteration + 1, batchInEpoch + 1,
                        batches.batchesPerEpoch(), System.nanoTime()) ? new LayerSampler(settings.architecture()) : null;
                StepResult result = step.train(batch, sampler);
                long now = System.nanoTime();
                lossSum += result.loss();
                correct += result.correct();
                seen += result.size();
                batchInEpoch++;
                iteration++;
                IterationEvent event = new IterationEvent(epoch, batchInEpoch, batches.batchesPerEpoch(), iteration,
                        result.loss(), batch.size() / Math.max(1e-9, (now - previous) / 1e9), batchRate);
                listener.onIteration(event);
                if (sampler != null) {
                    sampling.took(sampler.costNanos(), now);
                    listener.onLayerSample(sampler.sample(iteration,
                            epoch - 1 + (double) batchInEpoch / batches.batchesPerEpoch()));
                }
                if (listener.wantsSnapshot(event)) {
                    listener.onSnapshot(event, step.parameters());
                }
                control.awaitRunnable();
                double newRate = control.takeRate();
                if (!Double.isNaN(newRate) && newRate != rate.peak()) {
                    listener.onChange(new SettingChange(epoch, batchInEpoch, SettingChange.LEARNING_RATE, rate.peak(),
                            newRate));
                    rate.setPeak(newRate);
                }
                // the window checks the size against the activation limit; this engine holds to it whoever asks
                int newBatchSize = Math.min(control.takeBatchSize(), TrainingSettings.largestBatch(settings.architecture()));
                if (newBatchSize > 0 && newBatchSize != nextBatchSize) {
                    listener.onChange(new SettingChange(epoch, batchInEpoch, SettingChange.BATCH_SIZE, nextBatchSize,
                            newBatchSize));
                    nextBatchSize = newBatchSize;
                }
                // the pause is not training time
                previous = System.nanoTime();
            }
            if (control.isCancelled()) {
                break;
            }
            Predictor current = new Predictor(settings.architecture(), step.parameters());
            HeldOutScore validation = plan.holdsOut() ? HeldOutScore.of(current, heldOut)
                    : new HeldOutScore(Double.NaN, Double.NaN);
            lastTested = plan.testEachEpoch() ? Evaluator.evaluate(current, data.test()) : null;
            lastValidationAccuracy = validation.accuracy();
            unsureBelow = calibration.threshold(current);
            long elapsed = System.currentTimeMillis() - start;
            long eta = elapsed / epoch * (settings.epochs() - epoch);
            EpochEvent event = new EpochEvent(epoch, settings.epochs(), lossSum / batchInEpoch,
                    (double) correct / seen, validation.loss(), validation.accuracy(),
                    lastTested == null ? Double.NaN : lastTested.accuracy(), elapsed, eta);
            epochs.add(event);
            listener.onEpoch(event);
            listener.onCheckpoint(snapshot(settings, epochs, lastTested, unsureBelow, start, step.parameters(),
                    lineage), lastTested);
            if (plan.holdsOut() && best.offer(epoch, validation.accuracy()) && plan.keepBest()) {
                best.keep(step.parameters(), unsureBelow);
            }
            if (best.patienceRunOut()) {
                break;
            }
        }
        boolean completed = !control.isCancelled();
        boolean rewound = completed && best.params() != null && best.epoch() != epochs.size();
        Map<String, INDArray> finalParams = rewound ? best.params() : step.parameters();
        EvaluationResult evaluation = lastTested;
        if (completed && !epochs.isEmpty() && (rewound || lastTested == null)) {
            evaluation = Evaluator.evaluate(new Predictor(settings.architecture(), finalParams), data.test());
        }
        long millis = System.currentTimeMillis() - start;
        return new TrainingOutcome(snapshot(settings, epochs, evaluation, rewound ? best.unsureBelow() : unsureBelow,
                start, finalParams, lineage), List.copyOf(epochs), evaluation, completed, millis, best.epoch(),
                rewound ? best.accuracy() : lastValidationAccuracy);
    }

    private static TrainedModel snapshot(TrainingSettings settings, List<EpochEvent> epochs,
                                         EvaluationResult evaluation, double unsureBelow, long start,
                                         Map<String, INDArray> params, ModelCard lineage) {
        ModelCard card = ModelCards.of(settings, epochs, evaluation == null ? Double.NaN : evaluation.accuracy(),
                (System.currentTimeMillis() - start) / 1000.0, Instant.now(), NativeRuntime.variant());
        if (!Double.isNaN(unsureBelow)) {
            card = card.withUnsureBelow(unsureBelow);
        }
        return new TrainedModel(lineage == null ? card : card.withContinuedFrom(lineage), params);
    }
}
