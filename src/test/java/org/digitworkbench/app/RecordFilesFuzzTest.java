package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.digitworkbench.FuzzScratch;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.sketch.DrawnDigits;
import org.digitworkbench.ml.sketch.SketchRenderer;
import org.digitworkbench.ml.sketch.Stroke;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * Fuzz target for the record readers: any bytes as a run file or a drawing file beside a good one. The readers
 * must neither throw nor lose the good record, and a drawing must render or be skipped. The first byte picks the
 * kind (even: run, odd: drawing); the rest is the file.
 *
 * <p>{@code mvn verify} replays {@code RecordFilesFuzzTestInputs/records}; {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class RecordFilesFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void records(byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        Path home = FuzzScratch.empty("records");
        byte[] file = Arrays.copyOfRange(data, 1, data.length);
        if ((data[0] & 1) == 0) {
            runs(home, file);
        } else {
            drawings(home, file);
        }
    }

    private static void runs(Path home, byte[] file) throws IOException {
        RunHistory history = new RunHistory(home.resolve("runs"));
        new RunRecorder(history, RunEntry.WINDOW, TrainingSettings.defaults(DatasetId.MNIST, Architecture.MLP), null,
                TrainingListener.NONE).finish(RunEntry.Outcome.FINISHED, null, 0.9, 3, null);
        String good = history.list().get(0).id();
        Files.write(history.dir().resolve("~fuzzed.json"), file);
        RunHistory.Listing listing = history.read();
        assertEquals(true, listing.runs().stream().anyMatch(r -> r.id().equals(good)), "the good run was lost");
        assertEquals(listing.runs().size() + listing.skipped().size(), 2);
        RunCurvesCsv.format(listing.runs());
    }

    private static void drawings(Path home, byte[] file) throws IOException {
        DrawingStore store = new DrawingStore(home);
        List<Stroke> seven = DrawnDigits.draw(7, new SplittableRandom(7));
        store.save(DatasetId.MNIST, 7, seven, false, SketchRenderer.asDrawn(seven, 56).orElseThrow(),
                Instant.parse("2026-12-01T10:00:00Z"));
        Files.write(store.folder(DatasetId.MNIST).resolve("~fuzzed.json"), file);
        List<DrawingStore.SavedDrawing> listed = store.list(DatasetId.MNIST);
        assertEquals(true, listed.stream().anyMatch(d -> d.label() == 7 && d.strokes().equals(seven)),
                "the good drawing was lost");
        int rendered = store.inputs(DatasetId.MNIST).count();
        assertEquals(true, rendered >= 1 && rendered <= listed.size(), "rendered " + rendered + " of " + listed.size());
    }
}
