package org.digitworkbench.gui.train;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.app.DecimatingSeries;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.gui.common.Messages;

/**
 * The runs picked in the log to compare: while any are, the charts overlay their curves (smoothed loss per batch,
 * train and held-out accuracy per epoch), one colour per run that stays with it while it is picked. FX thread.
 */
final class RunComparison {
    /** Colours there are; a run picked beyond them shares one. */
    static final int COLOURS = 8;
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final Messages text;
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    // one view kept: it follows the list through a weak listener, and so must not be collected while watched
    private final ObservableList<RunRecord> readOnlyRuns = FXCollections.unmodifiableObservableList(runs);
    private final Map<RunRecord, Integer> colours = new HashMap<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** One run's lines: {@code colour} counts from 0 below {@link #COLOURS}. */
    record Curves(RunRecord run, String name, int colour, DecimatingSeries loss, DecimatingSeries trainAccuracy,
                  DecimatingSeries heldOutAccuracy, boolean validated) {
    }

    RunComparison(Messages text) {
        this.text = text;
    }

    /** The runs picked, in the order picked. */
    ObservableList<RunRecord> runs() {
        return readOnlyRuns;
    }

    /** Goes up whenever the lines to draw change: a run picked or dropped, or new points in a picked run. */
    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    boolean active() {
        return !runs.isEmpty();
    }

    boolean isCompared(RunRecord run) {
        return runs.contains(run);
    }

    void set(RunRecord run, boolean compared) {
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

    void clear() {
        if (active()) {
            colours.clear();
            runs.clear();
            changed();
        }
    }

    void pointsAdded(RunRecord run) {
        if (runs.contains(run)) {
            changed();
        }
    }

    List<Curves> curves() {
        List<Curves> curves = new ArrayList<>(runs.size());
        for (RunRecord run : runs) {
            RunCharts charts = run.charts();
            curves.add(new Curves(run, name(run), colours.get(run), charts.loss(), charts.trainAccuracy(),
                    charts.heldOutAccuracy(), charts.validated()));
        }
        return curves;
    }

    /** Epochs of the longest run picked: the x axes span it. */
    int epochs() {
        return runs.stream().mapToInt(r -> r.settings().epochs()).max().orElse(1);
    }

    /** The runs to export: those picked, else the one shown; runs not recorded are left out. */
    List<RunEntry> toExport(RunRecord shown) {
        return (active() ? runs : shown == null ? List.<RunRecord>of() : List.of(shown)).stream()
                .map(RunRecord::entry).filter(Objects::nonNull).toList();
    }

    /** A run in the legend: when it started, its architecture and data set. */
    String name(RunRecord run) {
        String started = run.startedAt() == null ? "#" + run.number() : STARTED.format(run.startedAt());
        return text.format("train.compare.name", started, run.settings().architecture().id(),
                run.settings().dataset().displayName());
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
