package org.digitworkbench.data.acquire;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a stream when no byte has arrived for a while. HttpClient's request timeout covers only
 * the wait for the response headers, so without this a mirror that stops sending mid-body would
 * hang the download for ever.
 */
final class StallWatchdog implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "download-stall-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final long limitNanos;
    private final Closeable target;
    private final ScheduledFuture<?> task;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean fired;

    StallWatchdog(Duration limit, Closeable target) {
        this.limitNanos = limit.toNanos();
        this.target = target;
        long periodMillis = Math.max(50, limit.toMillis() / 4);
        this.task = TIMER.scheduleAtFixedRate(this::check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    void activity() {
        lastActivity = System.nanoTime();
    }

    boolean fired() {
        return fired;
    }

    private void check() {
        if (!fired && System.nanoTime() - lastActivity > limitNanos) {
            fired = true;
            task.cancel(false);
            try {
                target.close();
            } catch (IOException ignored) {
                // the reader sees the closed stream and reports the stall
            }
        }
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
