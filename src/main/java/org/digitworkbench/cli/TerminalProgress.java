package org.digitworkbench.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.digitworkbench.data.acquire.ProgressListener;

/** Shows acquisition progress as terminal progress bars on standard error, one bar per stage in turn. */
final class TerminalProgress implements ProgressListener, AutoCloseable {
    private ProgressBar current;
    private String currentStage;

    @Override
    public synchronized void onProgress(String stage, long done, long total) {
        if (!stage.equals(currentStage)) {
            close();
            currentStage = stage;
            current = new ProgressBarBuilder().setTaskName(stage).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setUnit(total > 1 << 20 ? " MB" : "", total > 1 << 20 ? 1 << 20 : 1).build();
        }
        if (total > 0 && current.getMax() != total) {
            current.maxHint(total);
        }
        current.stepTo(done);
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
            currentStage = null;
        }
    }
}
