package org.digitworkbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Layer samples: their histograms, the update ratio, when they are taken, and what a too-high rate does to it. */
class LayerSamplesTest {

    @Test
    void aHistogramCountsEveryFiniteValueInFixedBinsFromItsMinimumToItsMaximum() {
        LayerHistogram histogram = LayerHistogram.of(List.of(new float[] {-1, 0, 0.5f, 1}, new float[] {2, Float.NaN}));
        assertEquals(-1, histogram.min());
        assertEquals(2, histogram.max());
        assertEquals(LayerHistogram.BINS, histogram.counts().size());
        assertEquals(5, histogram.total());
        assertEquals(1, histogram.counts().get(0));
        assertEquals(1, histogram.counts().get(LayerHistogram.BINS - 1), "the maximum falls in the last bin");
        LayerHistogram flat = LayerHistogram.of(List.of(new float[] {3, 3, 3}));
        assertEquals(3, flat.counts().get(0));
    }

    @Test
    void theUpdateRatioIsTheLogOfTheMeanUpdateOverTheMeanParameterPerLayer() {
        LayerSampler sampler = new LayerSampler(Architecture.parse("dense(2), relu, dense(10)"));
        Map<String, INDArray> params = new LinkedHashMap<>();
        Map<String, INDArray> updates = new LinkedHashMap<>();
        params.put("w0", Nd4j.createFromArray(new float[] {1, -1, 2, -2}));
        params.put("b0", Nd4j.createFromArray(new float[] {0, 0}));
        updates.put("w0", Nd4j.createFromArray(new float[] {0.001f, -0.001f, 0.002f, 0.002f}));
        updates.put("b0", Nd4j.createFromArray(new float[] {0, 0}));
        params.put("w1", Nd4j.createFromArray(new float[] {0.5f, 0.5f}));
        params.put("b1", Nd4j.createFromArray(new float[] {0.5f}));
        updates.put("w1", Nd4j.createFromArray(new float[] {0.5f, -0.5f}));
        updates.put("b1", Nd4j.createFromArray(new float[] {0.5f}));
        sampler.gradients(params, updates);
        sampler.update(params, updates);
        LayerSample sample = sampler.sample(7, 0.5);
        assertEquals(List.of(0, 1), sample.layers().stream().map(LayerStats::layer).toList());
        LayerStats first = sample.layers().get(0);
        // mean |update| = 0.006 / 6 = 0.001, mean |parameter| = 6 / 6 = 1
        assertEquals(-3, first.updateRatio(), 1e-6);
        assertEquals(6, first.parameters());
        assertEquals(6, first.weights().total());
        assertEquals(0, sample.layers().get(1).updateRatio(), 1e-6);
        assertEquals("dense(2)", first.text());
    }

    @Test
    void samplesAreTakenAtTheFirstBatchEachEpochsEndAndEveryQuarterOfALongEpochWithinTheirTimeBudget() {
        LayerSampling sampling = new LayerSampling();
        assertTrue(sampling.due(1, 1, 15, 0));
        assertFalse(sampling.due(2, 2, 15, 0));
        assertTrue(sampling.due(15, 15, 15, 0));
        assertFalse(sampling.due(19, 4, 15, 0), "a short epoch has no quarters");
        assertTrue(sampling.due(63, 13, 50, 0), "an epoch of 50 batches has");
        assertTrue(sampling.due(250, 250, 1000, 0));
        assertFalse(sampling.due(251, 251, 1000, 0));
        // a sample that cost 20 ms: the next quarter's waits for a second of training, the epoch's end does not
        sampling.took(20_000_000, 1_000_000_000);
        assertFalse(sampling.due(500, 500, 1000, 1_900_000_000L));
        assertTrue(sampling.due(1000, 1000, 1000, 1_900_000_000L));
        assertTrue(sampling.due(1750, 750, 1000, 2_000_000_000L));
    }

    @Test
    void aRunsSamplesCoverEveryTrainedLayerAndATooHighRateStandsOutInTheRatio() {
        Architecture cnn = Architecture.CNN_SMALL;
        List<LayerSample> calm = train(cnn, 1e-3);
        List<LayerSample> wild = train(cnn, 0.1);
        // 640 images at 64 a batch: the first batch and both epochs' ends
        assertEquals(List.of(1L, 10L, 20L), calm.stream().map(LayerSample::step).toList());
        assertEquals(List.of(0.1, 1.0, 2.0), calm.stream().map(LayerSample::x).toList());
        long trained = ParameterShapes.of(cnn).values().stream().mapToLong(ParameterShapes::count).sum();
        for (LayerSample sample : calm) {
            assertEquals(trained, sample.layers().stream().mapToLong(LayerStats::parameters).sum());
            sample.layers().forEach(layer -> {
                assertEquals(layer.parameters(), layer.weights().total());
                assertEquals(layer.parameters(), layer.gradients().total());
            });
        }
        double calmRatio = calm.get(2).layers().get(0).updateRatio();
        double wildRatio = wild.get(2).layers().get(0).updateRatio();
        assertTrue(wildRatio > calmRatio + 1, "a hundred times the rate: " + calmRatio + " against " + wildRatio);
        assertTrue(wildRatio > LayerStats.HEALTHY_HIGH, "0.1 with Adam is far above the band: " + wildRatio);
    }

    private static List<LayerSample> train(Architecture architecture, double rate) {
        List<LayerSample> samples = new CopyOnWriteArrayList<>();
        TrainingSettings settings = new TrainingSettings(DatasetId.MNIST, architecture, 2, 64, rate, Optimizer.ADAM,
                7, 640);
        new Trainer().train(settings, TestData.mnist(), null, new TrainingListener() {
            @Override
            public boolean wantsLayerSamples() {
                return true;
            }

            @Override
            public void onLayerSample(LayerSample sample) {
                samples.add(sample);
            }
        }, new TrainingControl());
        return samples;
    }
}
