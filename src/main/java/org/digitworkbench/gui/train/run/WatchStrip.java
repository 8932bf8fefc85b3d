package org.digitworkbench.gui.train.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.Predictor;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * "Watch it learn": {@link #SIZE} fixed test images and what the network of the run going on reads them as.
 * The images are the first test images of each class in turn (0 to 9, 0 to 9, 0 to 3), so every class is
 * there and a run on the same data set always shows the same ones. FX thread, except {@link #pick} and
 * {@link #read}, which run where the images and weights are.
 */
public final class WatchStrip {
    public static final int SIZE = 24;

    private final Messages text;
    private final ObservableList<WatchTile> tiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LabeledImages> images = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private DatasetId dataset;
    private List<String> names = List.of();
    private List<String> shortNames = List.of();
    private Object owner;
    private Object shown;
    /** Each run of this session's strip as it last stood, so selecting a run in the log shows its own. */
    private final Map<Object, Shot> byRun = new HashMap<>();

    private record Shot(DatasetId dataset, LabeledImages images, List<WatchTile> tiles, String summary) {
    }

    public WatchStrip(Messages text) {
        this.text = text;
    }

    /** The tiles in the order of {@link #imagesProperty()}; empty before a run. */
    public ObservableList<WatchTile> tiles() {
        return tiles;
    }

    /** The watched images (their labels are the tiles' actual classes); null before a run. */
    public ReadOnlyObjectProperty<LabeledImages> imagesProperty() {
        return images.getReadOnlyProperty();
    }

    /** How many are read right, or that none is read yet; empty before a run. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The images of {@code test} the strip watches. Any thread. */
    public static LabeledImages pick(LabeledImages test) {
        int classes = Architecture.CLASSES;
        int[] next = new int[classes];
        List<Integer> picked = new ArrayList<>();
        boolean found = true;
        while (picked.size() < SIZE && found) {
            found = false;
            for (int label = 0; label < classes && picked.size() < SIZE; label++) {
                int i = next[label];
                while (i < test.count() && test.label(i) != label) {
                    i++;
                }
                next[label] = i + 1;
                if (i < test.count()) {
                    picked.add(i);
                    found = true;
                }
            }
        }
        return test.select(picked.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The class probabilities of each of {@code watched}, from the network {@code params}. Background thread. */
    public static float[][] read(Architecture architecture, Map<String, INDArray> params, LabeledImages watched) {
        float[][] result = new float[watched.count()][];
        new Predictor(architecture, params).readAll(watched, SIZE, (i, p) -> result[i] = p, done -> { });
        return result;
    }

    /** A run begins ({@code run} names it for {@link #show}): its images, none read yet. */
    public void begin(Object run, DatasetId runDataset, LabeledImages watched) {
        owner = run;
        dataset = runDataset;
        names = text.classNames(runDataset);
        shortNames = text.shortClassNames(runDataset); // a tile is 40-odd pixels wide: "Sneaker" was "Sne…"
        images.set(watched);
        List<WatchTile> fresh = new ArrayList<>(watched.count());
        for (int i = 0; i < watched.count(); i++) {
            int actual = watched.label(i);
            fresh.add(new WatchTile(i, actual, -1, Double.NaN, text.get("train.watch.unknown"),
                    text.format("train.watch.unknownAccessible", names.get(actual))));
        }
        byRun.put(run, new Shot(runDataset, watched, List.copyOf(fresh), text.get("train.watch.waiting")));
        display(run, true);
    }

    /** What run {@code run}'s network reads the images as; ignored once another run began. */
    public void show(Object run, float[][] probabilities) {
        Shot before = byRun.get(run);
        if (run != owner || before == null || probabilities.length != before.tiles().size()) {
            return;
        }
        List<WatchTile> now = new ArrayList<>(before.tiles().size());
        for (WatchTile tile : before.tiles()) {
            float[] p = probabilities[tile.index()];
            int predicted = Predictor.argMax(p);
            now.add(new WatchTile(tile.index(), tile.actual(), predicted, p[predicted], shortNames.get(predicted),
                    text.format("train.watch.accessible", names.get(tile.actual()), names.get(predicted),
                            p[predicted])));
        }
        long right = now.stream().filter(t -> t.verdict() == WatchTile.Verdict.RIGHT).count();
        byRun.put(run, new Shot(before.dataset(), before.images(), List.copyOf(now),
                text.format("train.watch.summary", right, now.size())));
        if (run == shown) {
            display(run, true);
        }
    }

    /**
     * Shows run {@code run}'s strip as it last stood: the run going on, or one of this session's ended; a run of
     * an earlier session or the command line kept no pictures, which the summary says. Null: the latest run's.
     */
    public void display(LoggedRun run) {
        display(run == null ? owner : run, run == null || run.running());
    }

    private void display(Object which, boolean running) {
        shown = which;
        Shot shot = which == null ? null : byRun.get(which);
        if (shot == null) {
            images.set(null);
            tiles.clear();
            summary.set(running ? "" : text.get("train.watch.notKept"));
            return;
        }
        images.set(shot.images());
        tiles.setAll(shot.tiles());
        summary.set(shot.summary());
    }

    /** The app's data set changed: a strip of another data set's images goes. */
    public void datasetChanged(DatasetId now) {
        if (dataset != null && dataset != now) {
            owner = null;
            dataset = null;
            shown = null;
            byRun.values().removeIf(shot -> shot.dataset() != now);
            images.set(null);
            tiles.clear();
            summary.set("");
        }
    }
}
