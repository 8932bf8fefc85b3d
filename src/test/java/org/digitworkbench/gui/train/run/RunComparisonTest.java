package org.digitworkbench.gui.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.digitworkbench.app.RunEntry.LossPoint;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.ChartOptions;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The runs picked to compare, without the toolkit: which lines the charts get. */
class RunComparisonTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private final RunLog log = new RunLog(TEXT, new TrainFormat(TEXT), new ChartOptions());
    private final RunComparison comparison = log.comparison();

    private static RunEntry entry(String id, String architecture, String startedAt, int epochs) {
        List<EpochRecord> history = new java.util.ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            history.add(new EpochRecord(e, 1.0 / e, 0.8 + e / 100.0, 0.85 + e / 100.0, e, null));
        }
        return new RunEntry(id, RunEntry.WINDOW, startedAt, "mnist", architecture, epochs, 64, 0.001, "adam", 42, 0,
                null, List.of(new LossPoint(0.5, 1.5), new LossPoint(1, 1.0)), history, RunEntry.Outcome.FINISHED,
                null, 0.9, 10, null, "constant", "none", 0, null, 0, null, 0, null, null, null);
    }

    private List<LoggedRun> twoPastRuns() {
        log.addPast(List.of(entry("b", "cnn", "2026-12-01T11:00:00Z", 3), entry("a", "mlp", "2026-12-01T10:00:00Z", 2)));
        return log.runs();
    }

    @Test
    void pickingTwoRunsGivesTwoSetsOfLinesInTheirOwnColours() {
        List<LoggedRun> runs = twoPastRuns();
        int before = comparison.revisionProperty().get();
        comparison.set(runs.get(0), true);
        comparison.set(runs.get(1), true);

        List<RunComparison.Curves> curves = comparison.curves();
        assertEquals(2, curves.size());
        assertTrue(comparison.revisionProperty().get() >= before + 2, "the charts are told each time");
        assertNotEquals(curves.get(0).colour(), curves.get(1).colour());
        assertTrue(curves.get(0).name().contains("cnn") && curves.get(0).name().contains("MNIST"), curves.get(0).name());
        assertTrue(curves.get(1).name().contains("mlp"), curves.get(1).name());
        assertNotEquals(curves.get(0).name(), curves.get(1).name());
        assertEquals(3, curves.get(0).run().charts().trainAccuracy().size(), "one point per epoch");
        assertEquals(2, curves.get(0).run().charts().loss().size(), "the loss per batch");
        assertEquals(3, comparison.epochs(), "the axes span the longer run");
        assertEquals(List.of("b", "a"), comparison.toExport(null).stream().map(RunEntry::id).toList());
    }

    @Test
    void droppingARunRemovesItsLinesAndFreesItsColour() {
        List<LoggedRun> runs = twoPastRuns();
        comparison.set(runs.get(0), true);
        comparison.set(runs.get(1), true);
        int second = comparison.curves().get(1).colour();

        comparison.set(runs.get(0), false);

        assertEquals(1, comparison.curves().size());
        assertEquals(runs.get(1), comparison.curves().get(0).run());
        assertEquals(second, comparison.curves().get(0).colour(), "a run keeps its colour");
        assertEquals(2, comparison.epochs());
        comparison.set(runs.get(0), true);
        assertNotEquals(second, comparison.curves().get(1).colour());
        comparison.set(runs.get(1), false);
        comparison.set(runs.get(0), false);
        assertFalse(comparison.active());
        assertEquals(List.of(), comparison.curves());
        assertEquals(List.of("a"), comparison.toExport(runs.get(1)).stream().map(RunEntry::id).toList(),
                "nothing compared: the run shown is exported");
    }

    @Test
    void aNewRunIsShownAloneAndNewPointsOfAComparedRunRedraw() {
        List<LoggedRun> runs = twoPastRuns();
        comparison.set(runs.get(0), true);
        int before = comparison.revisionProperty().get();
        log.pointsAdded(runs.get(1));
        assertEquals(before, comparison.revisionProperty().get(), "not compared: nothing to redraw");
        log.pointsAdded(runs.get(0));
        assertEquals(before + 1, comparison.revisionProperty().get());

        log.begin(TrainingSettings.defaults(DatasetId.MNIST, Architecture.MLP), null);

        assertFalse(comparison.active(), "the live run alone");
    }

    @Test
    void comparedRunsAreNamedByNumberAndNameAndTheSettingsTheyDoNotShareAreListed() {
        log.addPast(List.of(entry("b", "cnn", "2026-12-01T11:00:00Z", 3).withNumber(2).withLabels("deeper", null),
                entry("a", "mlp", "2026-12-01T10:00:00Z", 2).withNumber(1)));
        List<LoggedRun> runs = log.runs();
        comparison.set(runs.get(0), true);
        assertEquals(List.of(), comparison.differences(new TrainFormat(TEXT)), "one run differs from nothing");
        comparison.set(runs.get(1), true);
        assertEquals("#2 deeper", comparison.name(runs.get(0)));
        assertEquals("#1 mlp \u00b7 MNIST", comparison.name(runs.get(1)));
        assertEquals(List.of(new RunComparison.Difference("Architecture", List.of("cnn", "mlp")),
                new RunComparison.Difference("Epochs", List.of("3", "2"))), comparison.differences(new TrainFormat(TEXT)));
    }
}
