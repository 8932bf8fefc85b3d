package org.digitworkbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class TrainerTest {

    private static TrainingSettings settings(Architecture architecture, int epochs, int batch, int limit) {
        return new TrainingSettings(DatasetId.MNIST, architecture, epochs, batch,
                Optimizer.ADAM.defaultLearningRate(), Optimizer.ADAM, 7, limit);
    }

    @Test
    void mlpOnAFewThousandRealImagesIsFarAboveChance() {
        List<EpochEvent> epochs = new CopyOnWriteArrayList<>();
        List<IterationEvent> iterations = new CopyOnWriteArrayList<>();
        List<TrainedModel> checkpoints = new CopyOnWriteArrayList<>();
        TrainingOutcome outcome = new Trainer().train(settings(Architecture.MLP, 2, 32, 6000), TestData.mnist(), null,
                new TrainingListener() {
                    @Override
                    public void onIteration(IterationEvent event) {
                        iterations.add(event);
                    }

                    @Override
                    public void onEpoch(EpochEvent event) {
                        epochs.add(event);
                    }

                    @Override
                    public void onCheckpoint(TrainedModel snapshot, EvaluationResult evaluation) {
                        checkpoints.add(snapshot);
                        assertEquals(evaluation.accuracy(), snapshot.card().testAccuracy());
                    }
                }, new TrainingControl());

        assertTrue(outcome.completed());
        assertTrue(outcome.evaluation().accuracy() >= 0.90, "test accuracy " + outcome.evaluation().accuracy());
        assertEquals(10_000, outcome.evaluation().total());
        assertEquals(2, epochs.size());
        assertEquals(2 * 188, iterations.size(), "6000 images in batches of 32, twice");
        assertTrue(epochs.get(1).trainLoss() < epochs.get(0).trainLoss(), "loss falls: " + epochs);
        assertTrue(epochs.get(1).trainAccuracy() > 0.85, "train accuracy " + epochs.get(1).trainAccuracy());
        assertEquals(0, epochs.get(1).etaMillis());
        assertTrue(iterations.get(0).imagesPerSecond() > 0);
        assertEquals(outcome.evaluation().accuracy(), outcome.model().card().testAccuracy());
        assertEquals(2, outcome.model().card().history().size());
        assertEquals(2, checkpoints.size());
        assertEquals(1, checkpoints.get(0).card().history().size(), "the first snapshot knows one epoch");
        assertTrue(checkpoints.get(0).params().get("w0") != outcome.model().params().get("w0"), "snapshots are copies");
    }

    @Test
    void sameSeedGivesTheSameNetworkDropoutIncluded() {
        TrainingSettings settings = settings(Architecture.CNN, 1, 64, 256);
        TrainingOutcome first = new Trainer().train(settings, TestData.mnist(), null, TrainingListener.NONE,
                new TrainingControl());
        TrainingOutcome second = new Trainer().train(settings, TestData.mnist(), null, TrainingListener.NONE,
                new TrainingControl());

        for (String name : first.model().params().keySet()) {
            INDArray a = first.model().params().get(name);
            INDArray b = second.model().params().get(name);
            assertTrue(a.equalsWithEps(b, 1e-6), "parameter " + name + " differs between two runs with one seed");
        }
        assertEquals(first.evaluation().accuracy(), second.evaluation().accuracy());
    }

    @Test
    void cancelStopsWithinASecondAndKeepsThePartialWeights() throws Exception {
        TrainingControl control = new TrainingControl();
        CountDownLatch started = new CountDownLatch(3);
        CompletableFuture<TrainingOutcome> run = CompletableFuture.supplyAsync(() -> new Trainer().train(
                settings(Architecture.CNN_PLUS, 3, 64, 0), TestData.mnist(), null,
                new TrainingListener() {
                    @Override
                    public void onIteration(IterationEvent event) {
                        started.countDown();
                    }
                }, control));
        assertTrue(started.await(120, TimeUnit.SECONDS), "training did not start");

        long cancelledAt = System.nanoTime();
        control.cancel();
        TrainingOutcome outcome = run.get(30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - cancelledAt) / 1e9;

        assertTrue(seconds < 1.0, "cancel took " + seconds + " s");
        assertFalse(outcome.completed());
        assertNull(outcome.evaluation(), "no epoch finished");
        assertEquals(Architecture.CNN_PLUS.id(), outcome.model().card().architecture());
    }

    @Test
    void pauseHoldsTheRunAndResumeFinishesIt() throws Exception {
        TrainingControl control = new TrainingControl();
        List<IterationEvent> iterations = new CopyOnWriteArrayList<>();
        CountDownLatch paused = new CountDownLatch(1);
        CompletableFuture<TrainingOutcome> run = CompletableFuture.supplyAsync(() -> new Trainer().train(
                settings(Architecture.MLP, 1, 64, 1280), TestData.mnist(), null,
                new TrainingListener() {
                    @Override
                    public void onIteration(IterationEvent event) {
                        iterations.add(event);
                        if (event.batchInEpoch() == 5) {
                            control.pause();
                            paused.countDown();
                        }
                    }
                }, control));
        assertTrue(paused.await(120, TimeUnit.SECONDS));
        Thread.sleep(700);
        assertEquals(5, iterations.size(), "no batch runs while paused");
        assertTrue(control.isPaused());

        control.resume();
        TrainingOutcome outcome = run.get(60, TimeUnit.SECONDS);
        assertTrue(outcome.completed());
        assertEquals(20, iterations.size());
    }

    /** A rate high enough that validation accuracy jumps about from epoch to epoch. */
    private static TrainingSettings erratic(int epochs, ValidationPlan plan) {
        return new TrainingSettings(DatasetId.MNIST, Architecture.MLP, epochs, 32, 0.05, Optimizer.ADAM, 7, 1000)
                .withValidation(plan);
    }

    private static LabeledImages heldOut(DatasetSplits data, int images, long seed) {
        return ValidationSplit.of(data.train().count(), images, seed).heldOutOf(data.train());
    }

    @Test
    void eachEpochIsScoredOnTheValidationImagesAndTheTestSetOnlyAtTheEnd() {
        List<EpochEvent> epochs = new CopyOnWriteArrayList<>();
        TrainingOutcome outcome = new Trainer().train(erratic(2, new ValidationPlan(500, false, 0, false)),
                TestData.mnist(), null, new TrainingListener() {
                    @Override
                    public void onEpoch(EpochEvent event) {
                        epochs.add(event);
                    }
                }, new TrainingControl());

        assertEquals(2, epochs.size());
        for (EpochEvent epoch : epochs) {
            assertTrue(epoch.validationAccuracy() > 0.1 && epoch.validationLoss() > 0, epoch.toString());
            assertTrue(Double.isNaN(epoch.testAccuracy()), "no test score per epoch unless asked: " + epoch);
        }
        assertEquals(10_000, outcome.evaluation().total(), "the test set is scored at the end");
        assertEquals(epochs.get(1).validationAccuracy(), outcome.validationAccuracy());
        double onHeldOut = HeldOutScore.of(new Predictor(Architecture.MLP, outcome.model().params()),
                heldOut(TestData.mnist(), 500, 7)).accuracy();
        assertEquals(epochs.get(1).validationAccuracy(), onHeldOut, 1e-12, "the same 500 images, again from the seed");
    }

    @Test
    void keepBestReturnsTheBestEpochsWeights() {
        List<EpochEvent> epochs = new CopyOnWriteArrayList<>();
        List<Map<String, INDArray>> weights = new CopyOnWriteArrayList<>();
        TrainingOutcome outcome = new Trainer().train(erratic(6, new ValidationPlan(500, true, 0, false)),
                TestData.mnist(), null, new TrainingListener() {
                    @Override
                    public void onEpoch(EpochEvent event) {
                        epochs.add(event);
                    }

                    @Override
                    public void onCheckpoint(TrainedModel snapshot, EvaluationResult evaluation) {
                        weights.add(snapshot.params());
                    }
                }, new TrainingControl());

        List<Double> accuracies = epochs.stream().map(EpochEvent::validationAccuracy).toList();
        int best = 1 + accuracies.indexOf(accuracies.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        assertEquals(6, epochs.size());
        assertEquals(best, outcome.bestEpoch(), accuracies.toString());
        assertNotEquals(6, best, "the last epoch should not be the best here: " + accuracies);
        assertEquals(accuracies.get(best - 1), outcome.validationAccuracy());
        double onHeldOut = HeldOutScore.of(new Predictor(Architecture.MLP, outcome.model().params()),
                heldOut(TestData.mnist(), 500, 7)).accuracy();
        assertEquals(accuracies.get(best - 1), onHeldOut, 1e-12);
        for (String name : outcome.model().params().keySet()) {
            assertTrue(outcome.model().params().get(name).equalsWithEps(weights.get(best - 1).get(name), 1e-7),
                    name + " is not the best epoch's");
        }
        assertFalse(outcome.model().params().get("w0").equalsWithEps(weights.get(5).get("w0"), 1e-7),
                "the last epoch's weights were not returned");
        assertEquals(6, outcome.model().card().history().size(), "the card still tells every epoch");
    }

    @Test
    void patienceStopsAfterThatManyEpochsWithoutABetterValidationAccuracy() {
        TrainingOutcome outcome = new Trainer().train(erratic(20, new ValidationPlan(500, false, 1, false)),
                TestData.mnist(), null, TrainingListener.NONE, new TrainingControl());

        List<Double> accuracies = outcome.epochs().stream().map(EpochEvent::validationAccuracy).toList();
        assertTrue(outcome.completed());
        assertTrue(accuracies.size() < 20, accuracies.toString());
        int last = accuracies.size() - 1;
        assertEquals(last, outcome.bestEpoch(), "one epoch after the best: " + accuracies);
        assertTrue(accuracies.get(last) <= accuracies.get(last - 1), accuracies.toString());
        for (int i = 1; i < last; i++) {
            assertTrue(accuracies.get(i) > accuracies.get(i - 1), "improved until then: " + accuracies);
        }
    }
}
