package org.digitworkbench.gui.train.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.digitworkbench.app.RunEntry;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.run.LoggedRun;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.LayerHistogram;
import org.digitworkbench.ml.train.LayerSample;
import org.digitworkbench.ml.train.LayerStats;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The Layers tab's model, without the toolkit: which sample it shows, the ratio lines, and its words. */
class LayersModelTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final TrainingSettings SETTINGS = TrainingSettings.defaults(DatasetId.MNIST, Architecture.MLP);

    private static LayerSample sample(long step, double x, double firstRatio, double secondRatio) {
        List<Integer> counts = new ArrayList<>(Collections.nCopies(LayerHistogram.BINS, 0));
        counts.set(0, 4);
        LayerHistogram histogram = new LayerHistogram(-0.25, 0.5, counts);
        return new LayerSample(step, x, List.of(
                new LayerStats(0, "dense(512)", 401_920, histogram, histogram, firstRatio),
                new LayerStats(1, "dense(10)", 5_130, histogram, histogram, secondRatio)));
    }

    private static LoggedRun past(List<LayerSample> samples) {
        RunEntry entry = RunEntry.of("20261201-100000-000-mnist-mlp-1", RunEntry.COMMAND_LINE,
                "2026-12-01T10:00:00Z", SETTINGS, null, List.of(), List.of(), RunEntry.Outcome.FINISHED, null, 0.9,
                10, null, List.of(), 1, null, null, samples);
        return LoggedRun.past(entry);
    }

    @Test
    void theLatestSampleIsShownUnlessAnEarlierOneIsPicked() {
        LayersModel model = new LayersModel(TEXT);
        assertEquals("Pick a run in the Runs tab to see how its layers learn.", model.captionProperty().get());
        LayerSample first = sample(1, 0.01, 0.4, -1.5);
        LayerSample last = sample(94, 2.0, -3.1, Double.NaN);
        model.runProperty().set(past(List.of(first, last)));
        assertEquals(2, model.countProperty().get());
        assertSame(last, model.shownProperty().get());
        assertEquals("After batch 94 (epoch 2.00)", model.captionProperty().get());
        model.pickedProperty().set(0);
        assertSame(first, model.shownProperty().get());
        assertEquals("After batch 1 (epoch 0.01)", model.captionProperty().get());

        List<LayersModel.RatioLine> lines = model.ratioLines();
        assertEquals(List.of("dense(512)", "dense(10)"), lines.stream().map(LayersModel.RatioLine::text).toList());
        assertEquals(2, lines.get(0).points().size());
        assertEquals(1, lines.get(1).points().size(), "a ratio that is not known is not drawn");
        assertEquals(-3.1, lines.get(0).points().get(1)[1], 1e-9);

        model.runProperty().set(past(List.of()));
        assertEquals(-1, model.pickedProperty().get(), "another run starts from its latest sample");
        assertNull(model.shownProperty().get());
        assertEquals("No layer figures for this run: runs recorded before this version kept none.",
                model.captionProperty().get());
    }

    @Test
    void aRatioIsJudgedAgainstTheBandAroundMinusThree() {
        LayersModel model = new LayersModel(TEXT);
        assertEquals(LayersModel.Band.HEALTHY, LayersModel.band(-3.4));
        assertEquals("0.4 \u00b7 too large: lower the rate", model.ratioText(0.4));
        assertEquals("-5.2 \u00b7 too small: barely moves", model.ratioText(-5.2));
        assertEquals("-2.0 \u00b7 healthy", model.ratioText(-2.0));
        LayerStats layer = sample(1, 0.01, 0, 0).layers().get(0);
        assertEquals("1 dense(512)", model.layerText(layer));
        assertEquals("401,920 numbers", model.sizeText(layer));
        assertEquals("-0.250 to 0.500", model.range(layer.weights()));
    }
}
