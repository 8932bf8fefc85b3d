package org.digitworkbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.TrainedModel;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Weights within an epoch: asked for after every batch, handed over as a copy only when wanted. */
class TrainerSnapshotTest {
    @Test
    void aListenerGetsACopyOfTheWeightsAfterTheBatchItAskedFor() {
        List<Long> asked = new ArrayList<>();
        List<Map<String, INDArray>> copies = new ArrayList<>();
        TrainedModel[] end = new TrainedModel[1];
        new Trainer().train(new TrainingSettings(DatasetId.MNIST, Architecture.MLP, 1, 64, 0.001, Optimizer.ADAM, 3,
                        640), TestData.subset(DatasetId.MNIST, 640, 50), null, new TrainingListener() {
                    @Override
                    public boolean wantsSnapshot(IterationEvent event) {
                        asked.add(event.iteration());
                        return event.batchInEpoch() == 5;
                    }

                    @Override
                    public void onSnapshot(IterationEvent event, Map<String, INDArray> params) {
                        assertEquals(5, event.batchInEpoch());
                        copies.add(params);
                    }

                    @Override
                    public void onCheckpoint(TrainedModel snapshot, EvaluationResult evaluation) {
                        end[0] = snapshot;
                    }
                }, new TrainingControl());

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), asked);
        assertEquals(1, copies.size());
        assertNotNull(end[0]);
        String name = end[0].params().keySet().iterator().next();
        assertNotEquals(end[0].params().get(name), copies.get(0).get(name), "five batches later the weights moved on");
    }
}
