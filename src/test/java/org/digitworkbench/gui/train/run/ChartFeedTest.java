package org.digitworkbench.gui.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.digitworkbench.app.DecimatingSeries;
import org.digitworkbench.gui.train.common.PulseGapMonitor;
import org.digitworkbench.ml.train.EpochEvent;
import org.digitworkbench.ml.train.IterationEvent;
import org.junit.jupiter.api.Test;

/** The buffer between the training thread and the charts: throttled drains, capped and ordered series. */
class ChartFeedTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void aHundredThousandPointsStayUnderTheCapInOrderAndEvenlySpaced() {
        DecimatingSeries series = new DecimatingSeries(1000);
        for (int i = 0; i < 100_000; i++) {
            series.add(i, -i);
        }
        assertEquals(100_000, series.offered());
        assertTrue(series.size() <= 1000 && series.size() > 500, "size " + series.size());
        assertEquals(0, series.x(0), "the first point is kept");
        long stride = series.stride();
        assertEquals(0, stride & (stride - 1), "stride is a power of two: " + stride);
        for (int i = 0; i < series.size(); i++) {
            assertEquals((double) i * stride, series.x(i), "point " + i);
            assertEquals(-series.x(i), series.y(i), 1e-12);
        }
        assertTrue(99_999 - series.x(series.size() - 1) < stride, "the newest kept point is recent");
        assertTrue(series.rewrites() > 0);
    }

    @Test
    void seriesNeedAnEvenCap() {
        assertThrows(IllegalArgumentException.class, () -> new DecimatingSeries(999));
    }

    @Test
    void drainsAtMostTenTimesASecondWhileAProducerThreadFeedsAHundredThousandBatches() throws Exception {
        ChartFeed feed = new ChartFeed();
        RunCharts charts = new RunCharts();
        int batches = 1000;
        int total = 100_000;
        Thread producer = new Thread(() -> {
            for (int i = 0; i < total; i++) {
                int epoch = i / batches + 1;
                feed.offer(new IterationEvent(epoch, i % batches + 1, batches, i + 1, 2.0 / (1 + i * 0.001), 5000));
                if ((i + 1) % batches == 0) {
                    feed.offer(new EpochEvent(epoch, total / batches, 0.1, 0.9 + epoch * 0.0005, 0.9, 0, 0));
                }
            }
        });
        producer.start();
        long now = 0;
        int drains = 0;
        int pulses = 0;
        long lastDrainAt = Long.MIN_VALUE;
        while (producer.isAlive() || feed.waiting() > 0) {
            now += 16 * MS; // a pulse every 16 ms, as the FX thread gives them
            pulses++;
            int moved = feed.drain(charts, now);
            if (moved >= 0) {
                if (lastDrainAt != Long.MIN_VALUE) {
                    assertTrue(now - lastDrainAt >= 100 * MS, "two drains " + (now - lastDrainAt) / MS + " ms apart");
                }
                lastDrainAt = now;
                drains++;
            }
            if (pulses % 50 == 0) {
                Thread.sleep(1);
            }
        }
        producer.join();
        feed.drainAll(charts);
        assertTrue(drains <= pulses / 6 + 1, drains + " drains in " + pulses + " pulses");
        DecimatingSeries loss = charts.loss();
        assertEquals(total, loss.offered());
        assertTrue(loss.size() <= RunCharts.MAX_LOSS_POINTS, "loss points " + loss.size());
        for (int i = 1; i < loss.size(); i++) {
            assertTrue(loss.x(i) > loss.x(i - 1), "x grows at " + i);
        }
        assertEquals(100, charts.trainAccuracy().size(), "one accuracy point per epoch");
        assertEquals(100, charts.heldOutAccuracy().x(99));
        assertEquals(2.0 / (1 + 99_999 * 0.001), charts.lastLoss(), 1e-12);
    }

    @Test
    void theFirstDrainIsAtOnceAndAnEarlySecondIsRefused() {
        ChartFeed feed = new ChartFeed();
        RunCharts charts = new RunCharts();
        feed.offer(new IterationEvent(1, 1, 10, 1, 1.0, 100));
        assertEquals(1, feed.drain(charts, 5 * MS));
        feed.offer(new IterationEvent(1, 2, 10, 2, 0.9, 100));
        assertEquals(-1, feed.drain(charts, 50 * MS));
        assertEquals(1, feed.drain(charts, 105 * MS));
        assertEquals(2, charts.loss().size());
        assertEquals(0.2, charts.loss().x(1), 1e-12);
    }

    @Test
    void pulseGapsAreMeasured() {
        PulseGapMonitor monitor = new PulseGapMonitor();
        long t = 0;
        for (int i = 0; i < 10; i++) {
            monitor.record(t += 16 * MS);
        }
        monitor.record(t += 130 * MS);
        monitor.record(t + 16 * MS);
        assertEquals(130, monitor.maxGapMillis(), 1e-9);
        assertEquals(1, monitor.gapsOver(100));
        assertEquals(0, monitor.gapsOver(250));
        assertEquals(12, monitor.pulses());
        assertEquals(List.of("130 ms at 0.1 s"), monitor.longGaps());
    }
}
