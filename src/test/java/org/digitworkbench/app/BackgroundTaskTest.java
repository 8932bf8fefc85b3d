package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The work runs on the background executor; its handler, with the unwrapped failure, on the UI executor. */
class BackgroundTaskTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "bg"));
    private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private void runUiTask() throws InterruptedException {
        Runnable task = ui.poll(10, TimeUnit.SECONDS);
        assertTrue(task != null, "a handler was posted to the UI executor");
        task.run();
    }

    @Test
    void theResultIsHandedOverOnTheUiExecutor() throws Exception {
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicReference<String> got = new AtomicReference<>();
        CompletableFuture<String> done = BackgroundTask.of(() -> {
            workThread.set(Thread.currentThread().getName());
            return "seven";
        }).onSuccess(got::set).start(background, ui::add);

        assertNull(got.get());
        runUiTask();
        assertEquals("seven", got.get());
        assertEquals("bg", workThread.get());
        assertEquals("seven", done.get(1, TimeUnit.SECONDS));
    }

    @Test
    void aCheckedFailureArrivesUnwrapped() throws Exception {
        AtomicReference<Throwable> got = new AtomicReference<>();
        CompletableFuture<Void> done = BackgroundTask.of((BackgroundTask.Action) () -> {
            throw new NoSuchFileException("/no/such.png");
        }).onFailure(got::set).start(background, ui::add);

        runUiTask();
        assertInstanceOf(NoSuchFileException.class, got.get());
        assertEquals("/no/such.png", FailureText.describe(got.get()));
        ExecutionException e = assertThrows(ExecutionException.class, () -> done.get(1, TimeUnit.SECONDS));
        assertSame(got.get(), e.getCause());
    }

    @Test
    void failureTextLooksThroughWrappersAndNamesTheKindWithoutAMessage() {
        IOException io = new IOException("disk full");
        assertSame(io, FailureText.cause(new CompletionException(new UncheckedIOException(io))));
        assertEquals("disk full", FailureText.describe(new ExecutionException(new UncheckedIOException(io))));
        assertEquals("IllegalStateException", FailureText.describe(new IllegalStateException()));
        assertEquals("IllegalStateException", FailureText.describe(new IllegalStateException(" ")));
    }
}
