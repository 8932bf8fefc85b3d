package org.digitworkbench.ml.preprocess;

import java.nio.file.Path;

import org.digitworkbench.data.FileFailure;

/** A picture file that cannot be read: one line naming the file and saying why. */
public final class ImageFileException extends FileFailure {
    /**
     * What is wrong; each has a {@code failure.picture.*} key, {0} the file and {1} the decoder's words (the
     * picture's size for {@code TOO_LARGE}).
     */
    public enum Reason {
        MISSING("failure.picture.missing"),
        EMPTY("failure.picture.empty"),
        UNKNOWN_FORMAT("failure.picture.unknownFormat"),
        UNDECODABLE("failure.picture.undecodable"),
        DAMAGED("failure.picture.damaged"),
        TOO_LARGE("failure.picture.tooLarge"),
        TOO_DEEP("failure.picture.tooDeep");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;

    ImageFileException(Path file, Reason reason, String problem, String detail, Throwable cause) {
        super(file, reason.key, problem, detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
