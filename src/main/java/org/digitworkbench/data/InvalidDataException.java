package org.digitworkbench.data;

import java.io.IOException;

/** A data file exists but its content is not what an MNIST-style IDX file must be. */
public class InvalidDataException extends IOException {

    public InvalidDataException(String message) {
        super(message);
    }

    public InvalidDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
