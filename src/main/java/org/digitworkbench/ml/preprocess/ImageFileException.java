package org.digitworkbench.ml.preprocess;

import java.io.IOException;
import java.nio.file.Path;

import org.digitworkbench.data.LocalizableFailure;

/** A picture file that cannot be read: one line naming the file and saying why. */
public final class ImageFileException extends IOException implements LocalizableFailure {
    /** What is wrong; each has a {@code failure.picture.*} key, {0} the file and {1} the decoder's words. */
    public enum Reason {
        MISSING("failure.picture.missing"),
        EMPTY("failure.picture.empty"),
        UNKNOWN_FORMAT("failure.picture.unknownFormat"),
        UNDECODABLE("failure.picture.undecodable"),
        DAMAGED("failure.picture.damaged");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;
    private final String file;
    private final String detail;

    ImageFileException(Path file, Reason reason, String problem, String detail, Throwable cause) {
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
