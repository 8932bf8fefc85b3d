package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.LayerHistogram;
import org.digitworkbench.ml.train.LayerSample;
import org.digitworkbench.ml.train.LayerStats;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's layer samples in its history: kept, thinned to a fixed count, and checked when read back. */
class RunLayersHistoryTest {
    private static final TrainingSettings SETTINGS = TrainingSettings.defaults(DatasetId.MNIST, Architecture.MLP);

    @TempDir
    Path dir;

    private static LayerSample sample(long step) {
        List<Integer> counts = new ArrayList<>(Collections.nCopies(LayerHistogram.BINS, 0));
        counts.set(3, 7);
        LayerHistogram histogram = new LayerHistogram(-0.5, 0.5, counts);
        return new LayerSample(step, step / 10.0,
                List.of(new LayerStats(0, "dense(512)", 7, histogram, histogram, -3.2 + step / 1000.0)));
    }

    @Test
    void theSamplesComeBackAndALongRunKeepsAnEvenSpreadOfThemFirstAndLastIncluded() throws IOException {
        RunHistory history = new RunHistory(dir);
        RunRecorder recorder = new RunRecorder(history, RunEntry.WINDOW, SETTINGS, null, TrainingListener.NONE);
        assertEquals(true, recorder.wantsLayerSamples());
        for (long step = 1; step <= 401; step++) {
            recorder.onLayerSample(sample(step));
        }
        RunEntry written = recorder.finish(RunEntry.Outcome.FINISHED, null, 0.9, 10, null);
        RunEntry read = history.list().get(0);
        assertEquals(written, read);
        assertEquals(LayerTrace.MAX_KEPT, read.layers().size());
        assertEquals(1, read.layers().get(0).step());
        assertEquals(401, read.layers().get(LayerTrace.MAX_KEPT - 1).step());
        assertEquals(sample(401), read.layers().get(LayerTrace.MAX_KEPT - 1));
    }

    @Test
    void anEntryWithMalformedSamplesOrTooLargeIsSkippedAndLeftInPlace() throws IOException {
        RunHistory history = new RunHistory(dir);
        new RunRecorder(history, RunEntry.WINDOW, SETTINGS, null, TrainingListener.NONE)
                .finish(RunEntry.Outcome.FINISHED, null, 0.9, 10, null);
        String good = Files.readString(Files.list(dir).filter(f -> f.toString().endsWith(".json")).findFirst()
                .orElseThrow());
        String fewBins = good.replaceFirst("\"layers\" : \\[ \\]",
                "\"layers\" : [ {\"step\": 1, \"x\": 0.1, \"layers\": [ {\"layer\": 0, \"text\": \"dense(512)\","
                        + " \"parameters\": 1, \"weights\": {\"min\": 0, \"max\": 1, \"counts\": [1]},"
                        + " \"gradients\": {\"min\": 0, \"max\": 1, \"counts\": [1]}, \"updateRatio\": -3} ] } ]")
                .replaceFirst("\"id\" : \"", "\"id\" : \"b");
        Files.writeString(dir.resolve("few-bins.json"), fewBins);
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(RunHistory.MAX_ENTRY_BYTES + 1);
        }
        RunHistory.Listing listing = history.read();
        assertEquals(1, listing.runs().size());
        assertEquals(List.of("few-bins.json", "huge.json"),
                listing.skipped().stream().map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(RunHistory.MAX_ENTRY_BYTES + 1, Files.size(huge), "never deletes what it cannot read");
    }
}
