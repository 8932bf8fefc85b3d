package org.digitworkbench.app;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one way from an exception to what the user reads: the failure itself, without the wrappers that
 * futures and unchecked I/O exceptions put around it, and its message (its kind when it has none). The data
 * layer's acquisition, below this layer, words its list of sources' failures itself.
 */
public final class FailureText {
    private FailureText() {
    }

    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    public static String describe(Throwable failure) {
        Throwable cause = cause(failure);
        String message = cause.getMessage();
        return message != null && !message.isBlank() ? message : cause.getClass().getSimpleName();
    }
}
