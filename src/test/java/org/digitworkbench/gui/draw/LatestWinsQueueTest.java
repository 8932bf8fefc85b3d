package org.digitworkbench.gui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

class LatestWinsQueueTest {
    /** Runs tasks only when told to, like a busy worker thread. */
    static final class ManualExecutor implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();
        int scheduled;

        @Override
        public void execute(Runnable task) {
            scheduled++;
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    @Test
    void onlyTheNewestWaitingJobRuns() {
        ManualExecutor worker = new ManualExecutor();
        List<Integer> handled = new ArrayList<>();
        LatestWinsQueue<Integer> queue = new LatestWinsQueue<>(worker, handled::add);

        for (int i = 1; i <= 50; i++) {
            queue.submit(i);
        }
        worker.runAll();

        assertEquals(List.of(50), handled);
        assertEquals(1, worker.scheduled, "one drain for the whole burst");
    }

    @Test
    void jobsArrivingWhileOneRunsAreCoalescedAndRunAfterIt() {
        ManualExecutor worker = new ManualExecutor();
        List<Integer> handled = new ArrayList<>();
        LatestWinsQueue<Integer>[] queue = new LatestWinsQueue[1];
        queue[0] = new LatestWinsQueue<>(worker, job -> {
            handled.add(job);
            if (job == 1) {
                queue[0].submit(2); // the pen keeps moving while the network works
                queue[0].submit(3);
            }
        });

        queue[0].submit(1);
        worker.runAll();

        assertEquals(List.of(1, 3), handled);
        assertEquals(1, worker.scheduled, "never two jobs in flight");
    }

    @Test
    void aFailingJobDoesNotStopLaterOnes() {
        ManualExecutor worker = new ManualExecutor();
        List<Integer> handled = new ArrayList<>();
        LatestWinsQueue<Integer> queue = new LatestWinsQueue<>(worker, job -> {
            if (job == 1) {
                throw new IllegalStateException("boom");
            }
            handled.add(job);
        });

        queue.submit(1);
        worker.runAll();
        queue.submit(2);
        worker.runAll();

        assertEquals(List.of(2), handled);
    }
}
