package org.digitworkbench.ml.store;

import java.nio.file.Path;

import org.digitworkbench.data.FileFailure;

/** A model file that cannot be used, with a message that names the file and says why. */
public final class ModelFileException extends FileFailure {
    /** What is wrong; each has a {@code failure.model.*} key, {0} the file and {1} the English detail. */
    public enum Reason {
        MISSING("failure.model.missing"),
        NOT_A_MODEL("failure.model.notAModel"),
        CORRUPT("failure.model.corrupt"),
        TRUNCATED("failure.model.truncated"),
        NEWER("failure.model.newer"),
        MISMATCH("failure.model.mismatch"),
        /** A model of another program (a Keras file) with a layer or setting Digit Workbench does not have. */
        UNSUPPORTED("failure.model.unsupported");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;

    public ModelFileException(Path file, Reason reason, String problem) {
        this(file, reason, problem, problem, null);
    }

    /** {@code detail}: the part of {@code problem} no translation words, a decoder's message say. */
    public ModelFileException(Path file, Reason reason, String problem, String detail, Throwable cause) {
        super(file, reason.key, problem, detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
