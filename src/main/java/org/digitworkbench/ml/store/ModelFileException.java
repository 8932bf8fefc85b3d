package org.digitworkbench.ml.store;

import java.io.IOException;
import java.nio.file.Path;

import org.digitworkbench.data.LocalizableFailure;

/** A model file that cannot be used, with a message that names the file and says why. */
public final class ModelFileException extends IOException implements LocalizableFailure {
    /** What is wrong; each has a {@code failure.model.*} key, {0} the file and {1} the English detail. */
    public enum Reason {
        MISSING("failure.model.missing"),
        NOT_A_MODEL("failure.model.notAModel"),
        CORRUPT("failure.model.corrupt"),
        TRUNCATED("failure.model.truncated"),
        NEWER("failure.model.newer"),
        MISMATCH("failure.model.mismatch");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;
    private final String file;
    private final String detail;

    public ModelFileException(Path file, Reason reason, String problem) {
        this(file, reason, problem, problem, null);
    }

    /** {@code detail}: the part of {@code problem} no translation words, a decoder's message say. */
    public ModelFileException(Path file, Reason reason, String problem, String detail, Throwable cause) {
        super(file + ": " + problem, cause);
        this.reason = reason;
        this.file = file.toString();
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String key() {
        return reason.key;
    }

    @Override
    public Object[] args() {
        return new Object[] {file, detail};
    }
}
