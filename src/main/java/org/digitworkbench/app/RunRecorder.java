package org.digitworkbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;
import org.digitworkbench.ml.train.LayerSample;
import org.digitworkbench.ml.train.ModelCards;
import org.digitworkbench.ml.train.SettingChange;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingSettings;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one training run for the {@link RunHistory}: takes the run's number when it starts, passes every event
 * on to the run's own listener, keeps the loss trace and the epochs, and writes the run's entry once its end is
 * known, with the name and note given meanwhile. The window and the command line record their runs through it
 * alike.
 */
public final class RunRecorder implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);
    private final RunHistory history;
    private final String source;
    private final TrainingSettings settings;
    private final String continuedFrom;
    private final Instant started = Instant.now();
    private final TrainingListener next;
    private final LossTrace loss = new LossTrace();
    private final LayerTrace layers = new LayerTrace();
    private final List<EpochEvent> epochs = new ArrayList<>();
    private final List<SettingChange> changes = new ArrayList<>();
    private final int number;
    private volatile String name;
    private volatile String note;
    /** The entry written by {@link #finish}, null until then; guarded by this. */
    private RunEntry written;

    /**
     * Takes the run's number from {@code history}; a history that cannot be read or written (a full or read-only
     * home) leaves the run unnumbered (0) rather than stop it.
     *
     * @param startFrom the model the run goes on from, null from scratch
     */
    public RunRecorder(RunHistory history, String source, TrainingSettings settings, TrainedModel startFrom,
                       TrainingListener next) {
        this.history = history;
        this.source = source;
        this.settings = settings;
        this.continuedFrom = startFrom == null ? null : continuedFrom(startFrom);
        this.next = next;
        this.number = claimNumber(history);
    }

    /** How a run's entry names the model it goes on from: when that model was made ("" when not known). */
    public static String continuedFrom(TrainedModel startFrom) {
        return startFrom.card().createdAt() == null ? "" : startFrom.card().createdAt();
    }

    private static int claimNumber(RunHistory history) {
        try {
            return history.claimNumber();
        } catch (IOException e) {
            LOG.warn("The run takes no number: {} cannot be written ({})", history.dir(), e.toString());
            return 0;
        }
    }

    /** The run's number in the history, 0 when none could be taken. */
    public int number() {
        return number;
    }

    /**
     * Names the run (blank: no name), as {@link RunHistory#rename} would: the entry is written with it, or, once
     * written, rewritten with it.
     *
     * @throws IllegalArgumentException for a name {@link RunLabels} refuses
     */
    public synchronized void name(String newName) throws IOException {
        name = RunLabels.name(newName);
        rewriteIfWritten();
    }

    /** Notes on the run (blank: none), taken as {@link #name} takes a name. */
    public synchronized void note(String newNote) throws IOException {
        note = RunLabels.note(newNote);
        rewriteIfWritten();
    }

    private void rewriteIfWritten() throws IOException {
        if (written != null) {
            written = history.rename(written.id(), name, note);
        }
    }

    @Override
    public void onIteration(IterationEvent event) {
        loss.add(event);
        next.onIteration(event);
    }

    @Override
    public void onEpoch(EpochEvent event) {
        synchronized (epochs) {
            epochs.add(event);
        }
        next.onEpoch(event);
    }

    @Override
    public boolean wantsSnapshot(IterationEvent event) {
        return next.wantsSnapshot(event);
    }

    @Override
    public void onSnapshot(IterationEvent event, Map<String, INDArray> params) {
        next.onSnapshot(event, params);
    }

    @Override
    public boolean wantsLayerSamples() {
        return true;
    }

    @Override
    public void onLayerSample(LayerSample sample) {
        layers.add(sample);
        next.onLayerSample(sample);
    }

    @Override
    public void onChange(SettingChange change) {
        synchronized (epochs) {
            changes.add(change);
        }
        next.onChange(change);
    }

    @Override
    public void onCheckpoint(TrainedModel snapshot, EvaluationResult evaluation) {
        next.onCheckpoint(snapshot, evaluation);
    }

    /**
     * Writes the run's entry.
     *
     * @param modelFile where its model went, null when none was written
     * @param failure   what went wrong, for a failed run
     */
    public RunEntry finish(RunEntry.Outcome outcome, Path modelFile, double testAccuracy, double seconds,
                           String failure) throws IOException {
        return write(ended(outcome, modelFile, testAccuracy, seconds, failure));
    }

    /**
     * The run's entry once it has ended, not written yet: the window shows it at once and writes it with
     * {@link #write} off its thread.
     */
    public RunEntry ended(RunEntry.Outcome outcome, Path modelFile, double testAccuracy, double seconds,
                          String failure) {
        return entry(outcome, modelFile == null ? null : modelFile.toAbsolutePath().toString(), testAccuracy,
                seconds, failure);
    }

    /** Writes an entry {@link #ended} gave, with the name and note given since. */
    public synchronized RunEntry write(RunEntry ended) throws IOException {
        RunEntry entry = ended.withLabels(name, note);
        history.append(entry);
        written = entry;
        return entry;
    }

    /** The settings changed while the run was paused so far, in order. */
    public List<SettingChange> changes() {
        synchronized (epochs) {
            return List.copyOf(changes);
        }
    }

    /** The id the run's entry has in the history: when it started and what ran. */
    public String id() {
        return RunHistory.newId(started, settings.dataset().id(), settings.architecture().id(), number);
    }

    /** The run as far as it has come, its outcome still null: its curves can be exported while it goes on. */
    public RunEntry soFar() {
        return entry(null, null, Double.NaN, 0, null);
    }

    private RunEntry entry(RunEntry.Outcome outcome, String modelFile, double testAccuracy, double seconds,
                           String failure) {
        List<EpochEvent> done;
        List<SettingChange> changed;
        synchronized (epochs) {
            done = List.copyOf(epochs);
            changed = List.copyOf(changes);
        }
        return RunEntry.of(id(),
                source, started.toString(), settings, continuedFrom, loss.points(), ModelCards.history(done),
                outcome, modelFile, testAccuracy, seconds, failure, changed, number, name, note, layers.kept());
    }
}
