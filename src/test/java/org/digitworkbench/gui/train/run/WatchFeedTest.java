package org.digitworkbench.gui.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.digitworkbench.ml.model.Predictor;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A run's weights to the strip: read in the background one reading at a time, and while one is read only the
 * newest weights wait (the ones in between are skipped). Queues stand in for the FX thread and the background
 * thread, so the test decides what runs when; the readings are real.
 */
class WatchFeedTest {
    private final Queue<Runnable> ui = new ArrayDeque<>();
    private final Queue<Runnable> io = new ArrayDeque<>();
    private final WatchStrip strip = new WatchStrip(Messages.forLocale(Locale.ENGLISH));

    private void runUi() {
        Runnable task;
        while ((task = ui.poll()) != null) {
            task.run();
        }
    }

    @Test
    void readsTheNewestWeightsAndSkipsTheOnesThatWaitedBehindAReading() {
        WatchFeed feed = new WatchFeed(strip, Architecture.MLP, io::add, ui::add);
        LabeledImages test = TestData.mnist().test().first(200);
        feed.loaded(DatasetId.MNIST, test);
        runUi();
        assertEquals(WatchStrip.SIZE, strip.tiles().size());

        Map<String, INDArray> first = ParameterInitializer.initialize(Architecture.MLP, 1);
        Map<String, INDArray> skipped = ParameterInitializer.initialize(Architecture.MLP, 2);
        Map<String, INDArray> newest = ParameterInitializer.initialize(Architecture.MLP, 3);
        feed.offer(first);
        runUi();
        assertEquals(1, io.size(), "the first reading started");
        feed.offer(skipped);
        feed.offer(newest);
        runUi();
        assertEquals(1, io.size(), "one reading at a time");

        io.poll().run();
        runUi();
        assertTrue(strip.tiles().stream().allMatch(t -> t.predicted() >= 0), "the first reading shown");
        assertEquals(1, io.size(), "the newest weights read next");
        io.poll().run();
        runUi();
        assertEquals(0, io.size(), "the weights in between were skipped");

        float[][] expected = WatchStrip.read(Architecture.MLP, newest, WatchStrip.pick(test));
        for (WatchTile tile : strip.tiles()) {
            assertEquals(Predictor.argMax(expected[tile.index()]), tile.predicted(), "tile " + tile.index());
        }
    }
}
