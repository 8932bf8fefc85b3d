package org.digitworkbench.data;

import java.io.IOException;

/** A data file exists but its content is not what an MNIST-style IDX file must be. */
public class InvalidDataException extends IOException implements LocalizableFailure {

    public InvalidDataException(String message) {
        super(message);
    }

    public InvalidDataException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String key() {
        return "failure.dataset.invalid";
    }

    /** The English detail: byte counts and magic numbers a user passes on rather than reads. */
    @Override
    public Object[] args() {
        return new Object[] {getMessage()};
    }
}
