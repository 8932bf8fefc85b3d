package org.digitworkbench.ml.keras;

import java.nio.file.Path;

import org.digitworkbench.ml.store.ModelFileException;
import org.digitworkbench.ml.store.ModelFileException.Reason;

/** What is wrong with a Keras file, found deep in its reading; {@link KerasFiles} names the file. */
final class KerasProblem extends RuntimeException {
    private final Reason reason;

    KerasProblem(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static KerasProblem unsupported(String message) {
        return new KerasProblem(Reason.UNSUPPORTED, message);
    }

    static KerasProblem corrupt(String message) {
        return new KerasProblem(Reason.CORRUPT, message);
    }

    ModelFileException about(Path file) {
        return new ModelFileException(file, reason, getMessage());
    }
}
