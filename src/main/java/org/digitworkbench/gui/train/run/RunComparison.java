package org.digitworkbench.gui.train.run;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainFormat;

/**
 * The runs picked in the log to compare: while any are, the charts overlay their curves (smoothed loss per batch,
 * train and held-out accuracy per epoch), one colour per run that stays with it while it is picked. FX thread.
 */
public final class RunComparison {
    /** Colours there are; a run picked beyond them shares one. */
    public static final int COLOURS = 8;

    private final Messages text;
    private final ObservableList<LoggedRun> runs = FXCollections.observableArrayList();
    // one view kept: it follows the list through a weak listener, and so must not be collected while watched
    private final ObservableList<LoggedRun> readOnlyRuns = FXCollections.unmodifiableObservableList(runs);
    private final Map<LoggedRun, Integer> colours = new HashMap<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** One run compared: its name in the key, its colour (from 0, below {@link #COLOURS}); its lines are its charts'. */
    public record Curves(LoggedRun run, String name, int colour) {
    }

    public RunComparison(Messages text) {
        this.text = text;
    }

    /** The runs picked, in the order picked. */
    public ObservableList<LoggedRun> runs() {
        return readOnlyRuns;
    }

    /** Goes up whenever the lines to draw change: a run picked or dropped, or new points in a picked run. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public boolean active() {
        return !runs.isEmpty();
    }

    public boolean isCompared(LoggedRun run) {
        return runs.contains(run);
    }

    public void set(LoggedRun run, boolean compared) {
        if (run == null || compared == runs.contains(run)) {
            return;
        }
        if (compared) {
            colours.put(run, freeColour());
            runs.add(run);
        } else {
            colours.remove(run);
            runs.remove(run);
        }
        changed();
    }

    public void clear() {
        if (active()) {
            colours.clear();
            runs.clear();
            changed();
        }
    }

    public void pointsAdded(LoggedRun run) {
        if (runs.contains(run)) {
            changed();
        }
    }

    public List<Curves> curves() {
        List<Curves> curves = new ArrayList<>(runs.size());
        for (LoggedRun run : runs) {
            curves.add(new Curves(run, name(run), colours.get(run)));
        }
        return curves;
    }

    /** Epochs of the longest run picked: the x axes span it. */
    public int epochs() {
        return runs.stream().mapToInt(r -> r.settings().epochs()).max().orElse(1);
    }

    /** The runs to export: those picked, else the one shown; runs not recorded are left out. */
    public List<RunEntry> toExport(LoggedRun shown) {
        return (active() ? runs : shown == null ? List.<LoggedRun>of() : List.of(shown)).stream()
                .map(LoggedRun::entry).filter(Objects::nonNull).toList();
    }

    /** A run in the legend: its number and name, or without a name, its architecture and data set. */
    public String name(LoggedRun run) {
        return text.format("train.compare.name", run.number(), run.name() != null ? run.name()
                : text.format("train.compare.unnamed", run.settings().architecture().id(),
                run.settings().dataset().displayName()));
    }

    /** A setting the compared runs do not share: its name and each run's value, in the order picked. */
    public record Difference(String setting, List<String> values) {
    }

    /** The settings in which the compared runs differ (none with fewer than two runs). */
    public List<Difference> differences(TrainFormat format) {
        List<Difference> differences = new ArrayList<>();
        if (runs.size() < 2) {
            return differences;
        }
        differ(differences, "train.architecture", run -> format.name(run.settings().architecture()));
        differ(differences, "train.epochs", run -> Integer.toString(run.settings().epochs()));
        differ(differences, "train.batch", run -> Integer.toString(run.batchSize()));
        differ(differences, "train.learningRate", run -> TrainFormat.formatRate(run.rate()));
        differ(differences, "train.optimizer", run -> format.optimizerName(run.settings().optimizer()));
        differ(differences, "train.schedule", run -> text.get("train.schedule." + run.settings().schedule().id()));
        differ(differences, "train.warmup", run -> TrainFormat.formatRate(run.settings().warmup()));
        differ(differences, "train.augment", run -> text.get("train.augment." + run.settings().augmentation().id()));
        differ(differences, "train.teachUnsure", run -> format.percent(run.settings().negatives()));
        differ(differences, "train.seed", run -> Long.toString(run.settings().seed()));
        differ(differences, "train.compare.images", run -> run.settings().limit() == 0 ? text.get("train.compare.all")
                : Integer.toString(run.settings().limit()));
        differ(differences, "train.validation", run -> run.settings().validation() == null
                || !run.settings().validation().holdsOut() ? TrainFormat.NONE
                : Integer.toString(run.settings().validation().images()));
        return differences;
    }

    private void differ(List<Difference> differences, String key, java.util.function.Function<LoggedRun, String> value) {
        List<String> values = runs.stream().map(value).toList();
        if (values.stream().distinct().count() > 1) {
            differences.add(new Difference(text.get(key), values));
        }
    }

    private int freeColour() {
        BitSet used = new BitSet();
        colours.values().forEach(used::set);
        int free = used.nextClearBit(0);
        return free < COLOURS ? free : runs.size() % COLOURS;
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
