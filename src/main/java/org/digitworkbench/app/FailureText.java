package org.digitworkbench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.digitworkbench.data.LocalizableFailure;

/**
 * The one way from an exception to what the user reads: the failure itself, without the wrappers that
 * futures and unchecked I/O exceptions put around it, and its message (its kind when it has none). The data
 * layer's acquisition, below this layer, words its list of sources' failures itself. The window words a
 * failure in the user's language from {@link #localizable}; the command line and the logs use {@link #describe}.
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

    /**
     * The bundle key and arguments for this failure, or null where only its {@link #describe English message}
     * says what happened. Besides the failures the lower layers word themselves, the file system's own: they
     * are what saving a model, a drawing or an export meets, and their messages are a bare path.
     */
    public static LocalizableFailure localizable(Throwable failure) {
        Throwable cause = cause(failure);
        if (cause instanceof LocalizableFailure localizable) {
            return localizable;
        }
        if (cause instanceof AccessDeniedException denied) {
            return keyed("failure.file.accessDenied", denied.getFile());
        }
        if (cause instanceof NoSuchFileException missing) {
            return keyed("failure.file.missing", missing.getFile());
        }
        if (cause instanceof IOException && cause.getMessage() != null
                && cause.getMessage().toLowerCase(Locale.ROOT).contains("no space left")) {
            return keyed("failure.file.diskFull", cause instanceof FileSystemException full ? full.getFile() : "");
        }
        return null;
    }

    private static LocalizableFailure keyed(String key, String file) {
        return file == null ? null : new Keyed(key, new Object[] {file});
    }

    private record Keyed(String key, Object[] args) implements LocalizableFailure {
    }
}
