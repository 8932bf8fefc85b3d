package org.digitworkbench.gui.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.Messages;
import org.junit.jupiter.api.Test;

/** The "watch it learn" strip's state, without the toolkit: which images, right and wrong, a new run. */
class WatchStripTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final LabeledImages TEST = TestData.mnist().test().first(300);

    private final WatchStrip strip = new WatchStrip(TEXT);

    /** Every tile read as {@code predicted(i)} with 0.9, the rest spread evenly. */
    private static float[][] readings(int count, java.util.function.IntUnaryOperator predicted) {
        float[][] p = new float[count][10];
        for (int i = 0; i < count; i++) {
            java.util.Arrays.fill(p[i], 0.1f / 9);
            p[i][predicted.applyAsInt(i)] = 0.9f;
        }
        return p;
    }

    @Test
    void watchesTheFirstTestImagesOfEachClassInTurn() {
        LabeledImages picked = WatchStrip.pick(TEST);
        assertEquals(WatchStrip.SIZE, picked.count());
        for (int i = 0; i < picked.count(); i++) {
            assertEquals(i % 10, picked.label(i), "tile " + i);
        }
        int firstThree = 0;
        while (TEST.label(firstThree) != 3) {
            firstThree++;
        }
        assertTrue(java.util.Arrays.equals(TEST.imageBytes(firstThree), picked.imageBytes(3)), "the first 3 of the set");
        assertEquals(3, WatchStrip.pick(TestData.mnist().test().first(3)).count(), "a set smaller than the strip: all of it");
    }

    @Test
    void showsQuestionMarksUntilReadThenRightAndWrong() {
        Object run = new Object();
        LabeledImages picked = WatchStrip.pick(TEST);
        strip.begin(run, DatasetId.MNIST, picked);
        assertEquals(WatchStrip.SIZE, strip.tiles().size());
        assertTrue(strip.tiles().stream().allMatch(t -> t.verdict() == WatchTile.Verdict.UNKNOWN && t.name().equals("?")));
        assertEquals("Actual 0, not read yet", strip.tiles().get(0).accessible());

        // tiles of class 3 (three of them) read as 5, the rest right
        strip.show(run, readings(picked.count(), i -> picked.label(i) == 3 ? 5 : picked.label(i)));
        WatchTile three = strip.tiles().get(3);
        assertEquals(WatchTile.Verdict.WRONG, three.verdict());
        assertEquals("5", three.name());
        assertEquals("Actual 3, predicted 5, 90%", three.accessible());
        assertEquals(WatchTile.Verdict.RIGHT, strip.tiles().get(4).verdict());
        assertEquals(0.9, strip.tiles().get(4).confidence(), 1e-6);
        assertEquals("21 of 24 right", strip.summaryProperty().get());
    }

    @Test
    void aNewRunStartsAgainAndTheOldRunsLateReadingIsIgnored() {
        Object first = new Object();
        LabeledImages picked = WatchStrip.pick(TEST);
        strip.begin(first, DatasetId.MNIST, picked);
        strip.show(first, readings(picked.count(), i -> 0));
        Object second = new Object();
        strip.begin(second, DatasetId.FASHION_MNIST, picked);
        assertTrue(strip.tiles().stream().allMatch(t -> t.verdict() == WatchTile.Verdict.UNKNOWN));
        strip.show(first, readings(picked.count(), i -> picked.label(i)));
        assertTrue(strip.tiles().stream().allMatch(t -> t.verdict() == WatchTile.Verdict.UNKNOWN), "the old run's");

        strip.show(second, readings(picked.count(), i -> picked.label(i) == 9 ? 0 : picked.label(i)));
        assertEquals("Top", strip.tiles().get(9).name(), "Fashion's short class names: a tile is narrow");
        assertEquals("Actual Ankle boot, predicted T-shirt/top, 90%", strip.tiles().get(9).accessible());
    }

    @Test
    void switchingToTheOtherDataSetClearsTheStripButNotTheSame() {
        Object run = new Object();
        LabeledImages picked = WatchStrip.pick(TEST);
        strip.begin(run, DatasetId.MNIST, picked);
        strip.datasetChanged(DatasetId.MNIST);
        assertSame(picked, strip.imagesProperty().get());
        strip.datasetChanged(DatasetId.FASHION_MNIST);
        assertNull(strip.imagesProperty().get());
        assertEquals(List.of(), strip.tiles());
        assertEquals("", strip.summaryProperty().get());
        strip.show(run, readings(picked.count(), i -> 0));
        assertEquals(List.of(), strip.tiles(), "a reading of the cleared run changes nothing");
    }

    @Test
    void selectingARunShowsItsOwnStripAndARunWithoutOneSaysSo() {
        LabeledImages picked = WatchStrip.pick(TEST);
        LoggedRun first = RunProgressTest.run(1);
        LoggedRun second = RunProgressTest.run(1);
        strip.begin(first, DatasetId.MNIST, picked);
        strip.show(first, readings(picked.count(), i -> picked.label(i)));
        first.end(first.record().ended(org.digitworkbench.app.RunEntry.Outcome.FINISHED, null, 0.9, 1, null));
        strip.begin(second, DatasetId.MNIST, picked);
        strip.show(second, readings(picked.count(), i -> 0));
        assertEquals("3 of 24 right", strip.summaryProperty().get());

        strip.display(first);
        assertEquals("24 of 24 right", strip.summaryProperty().get(), "the first run's own strip");
        assertTrue(strip.tiles().stream().allMatch(t -> t.verdict() == WatchTile.Verdict.RIGHT));
        strip.show(second, readings(picked.count(), i -> picked.label(i)));
        assertEquals("24 of 24 right", strip.summaryProperty().get());
        strip.display(second);
        assertEquals("24 of 24 right", strip.summaryProperty().get(), "the second run's latest reading was kept");

        LoggedRun past = RunProgressTest.run(1);
        past.end(past.record().ended(org.digitworkbench.app.RunEntry.Outcome.FINISHED, null, 0.9, 1, null));
        strip.display(past);
        assertEquals(List.of(), strip.tiles());
        assertEquals("The pictures of this run were not kept: only runs of this session show them.",
                strip.summaryProperty().get());
    }
}
