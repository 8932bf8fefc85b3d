package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.sketch.NonDigits;
import org.digitworkbench.ml.sketch.SketchRenderer;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.Trainer;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingOutcome;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/**
 * Fine-tuning teaches a model a hand it has never seen (here: someone who writes 3 as a tick) in one short run,
 * without forgetting the data set.
 */
class FineTuningTest {
    private static final int TICK = 20;

    @Test
    void aModelLearnsTheUsersOwnWayOfWritingAClassAndKeepsItsTestAccuracy() {
        DatasetSplits data = TestData.mnist();
        TrainedModel model = new Trainer().train(new TrainingSettings(DatasetId.MNIST, Architecture.MLP, 1, 64,
                Optimizer.ADAM.defaultLearningRate(), Optimizer.ADAM, 42, 6000), data, null, TrainingListener.NONE,
                new TrainingControl()).model();
        LabeledImages ticks = ticksLabelledThree(30, 5);
        LabeledImages unseenTicks = ticksLabelledThree(30, 6);
        double before = FineTuning.accuracy(model, unseenTicks);

        DatasetSplits mix = FineTuning.mix(data, ticks, 42);
        assertEquals(6000 + 67 * 30, mix.train().count(), "6,000 training images and the drawings 67 times");
        TrainingOutcome tuned = new Trainer().train(FineTuning.settings(model, 42), mix, model, TrainingListener.NONE,
                new TrainingControl());

        double after = FineTuning.accuracy(tuned.model(), unseenTicks);
        System.out.printf("ticks read as 3: %.0f%% before fine-tuning, %.0f%% after; test accuracy %.2f%% -> %.2f%%%n",
                before * 100, after * 100, model.card().testAccuracy() * 100, tuned.evaluation().accuracy() * 100);
        assertTrue(before < 0.5, "a tick is not a 3 to begin with: " + before);
        assertTrue(after >= 0.9, "after fine-tuning: " + after);
        assertTrue(tuned.evaluation().accuracy() > model.card().testAccuracy() - 0.02,
                "test accuracy kept: " + tuned.evaluation().accuracy());
        assertEquals(model.card(), tuned.model().card().continuedFrom());
    }

    private static LabeledImages ticksLabelledThree(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            for (float v : SketchRenderer.toMnist(NonDigits.draw(TICK, random)).orElseThrow()) {
                pixels.write(Math.round(v * 255));
            }
            labels[i] = 3;
        }
        return new LabeledImages(pixels.toByteArray(), labels, count, 28, 28);
    }
}
