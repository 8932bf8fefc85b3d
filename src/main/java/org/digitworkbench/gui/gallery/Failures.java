package org.digitworkbench.gui.gallery;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;

/** What went wrong in a background task, in words fit for the window. */
final class Failures {
    private Failures() {
    }

    /** The failure itself, without the wrappers a future and an unchecked I/O exception put around it. */
    static Throwable cause(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof UncheckedIOException unchecked) {
            cause = unchecked.getCause();
        }
        return cause;
    }

    /** Its message, or its kind when it has none. */
    static String describe(Throwable cause) {
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
