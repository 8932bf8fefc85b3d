package org.digitworkbench.ml.store;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be used, with a message that names the file and says why. */
public final class ModelFileException extends IOException {
    public ModelFileException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public ModelFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
