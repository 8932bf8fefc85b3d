package org.digitworkbench.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One piece of slow work (in the manner of JabRef's BackgroundTask): it runs on a background executor, and its
 * result, or its failure already unwrapped by {@link FailureText#cause}, is handed over on the UI executor
 * (the FX thread in the window). The one way the window does work off its thread and comes back.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {
    /** Work that may throw checked exceptions. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> of(Action action) {
        return new BackgroundTask<>(() -> {
            action.run();
            return null;
        });
    }

    /**
     * For work that another queue already runs (a model read started early, an evaluation on the gallery's
     * own thread): its outcome is handed to {@code handler} on {@code ui}, the failure unwrapped (null on success).
     */
    public static <T> void deliver(CompletionStage<T> work, Executor ui, BiConsumer<T, Throwable> handler) {
        work.whenComplete((result, failure) -> ui.execute(() ->
                handler.accept(result, failure == null ? null : FailureText.cause(failure))));
    }

    /** Called on the UI executor with the result. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = handler;
        return this;
    }

    /** Called on the UI executor with what went wrong (see {@link FailureText}). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    /** Starts the work; the future completes, like the work, once its handler has run on {@code ui}. */
    public CompletableFuture<T> start(Executor background, Executor ui) {
        CompletableFuture<T> handled = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background).whenComplete((result, failure) -> ui.execute(() -> {
            Throwable cause = failure == null ? null : FailureText.cause(failure);
            try {
                if (cause == null) {
                    onSuccess.accept(result);
                } else {
                    onFailure.accept(cause);
                }
            } finally {
                if (cause == null) {
                    handled.complete(result);
                } else {
                    handled.completeExceptionally(cause);
                }
            }
        }));
        return handled;
    }
}
