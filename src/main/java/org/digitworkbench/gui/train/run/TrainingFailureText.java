package org.digitworkbench.gui.train.run;

import java.util.Locale;

import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.acquire.AcquisitionException;
import org.digitworkbench.gui.common.Messages;

/** What the user reads when a run fails: what happened and what to do, never a stack trace. */
public final class TrainingFailureText {
    private final Messages text;

    public TrainingFailureText(Messages text) {
        this.text = text;
    }

    /** {@code dataset}: the one the run was loading, named when its images could not be had. */
    public String describe(Throwable failure, DatasetId dataset) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError || mentionsMemory(cause.getMessage())) {
                return text.format("train.error.memory", Math.round(Runtime.getRuntime().maxMemory() / 1048576.0));
            }
            if (cause instanceof AcquisitionException acquisition) {
                return text.format("train.error.data", dataset.displayName(),
                        WorkbenchHome.current().datasets().resolve(dataset.id()),
                        String.join("; ", acquisition.failures()));
            }
        }
        return text.format("train.error.other", text.describe(failure));
    }

    public String saveFailed(Throwable failure, DatasetId dataset) {
        return text.format("train.error.save", describe(failure, dataset));
    }

    private static boolean mentionsMemory(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("outofmemory") || lower.contains("out of memory") || lower.contains("physical memory");
    }
}
