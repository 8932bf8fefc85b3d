package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.SettingChange;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings changed during a run are kept in its entry of the run history, and passed on. */
class RunChangesTest {
    @TempDir
    Path dir;

    @Test
    void aRateChangeIsRecordedWithTheRun() throws IOException {
        RunHistory history = new RunHistory(dir);
        List<SettingChange> passedOn = new java.util.ArrayList<>();
        RunRecorder recorder = new RunRecorder(history, RunEntry.WINDOW,
                TrainingSettings.defaults(DatasetId.MNIST, Architecture.MLP), null, new TrainingListener() {
                    @Override
                    public void onChange(SettingChange change) {
                        passedOn.add(change);
                    }
                });
        SettingChange change = new SettingChange(2, 17, SettingChange.LEARNING_RATE, 0.001, 0.0003);
        recorder.onChange(change);
        recorder.finish(RunEntry.Outcome.FINISHED, null, 0.9, 1, null);

        assertEquals(List.of(change), passedOn);
        assertEquals(List.of(change), history.list().get(0).changes());
    }
}
