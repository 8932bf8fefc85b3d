package org.digitworkbench.gui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quantiles of the latest answers only: a bench's second phase is not mixed with its first. */
class LatencyStatsTest {

    @Test
    void quantilesOfTheLatestTotals() {
        LatencyStats stats = new LatencyStats();
        assertTrue(Double.isNaN(stats.totalQuantile(0.5, 10)));
        for (int i = 1; i <= 100; i++) {
            stats.record(i, 0);
        }
        for (int i = 1; i <= 10; i++) {
            stats.record(1000 + i, 0);
        }
        assertEquals(1006, stats.totalQuantile(0.5, 10));
        assertEquals(1010, stats.totalQuantile(1, 10));
        assertEquals(1001, stats.totalQuantile(0, 10));
        assertEquals(56, stats.totalQuantile(0.5, 110), "all 110: the 56th of them");
        assertEquals(110, stats.count());
    }

    @Test
    void onlyTheLastFewThousandAreKept() {
        LatencyStats stats = new LatencyStats();
        for (int i = 0; i < 1000 + 4096; i++) {
            stats.record(i < 1000 ? 1e6 : 1, 0);
        }
        assertEquals(1, stats.totalQuantile(1, 5096), "the first thousand have gone");
        assertEquals(1e6, stats.max());
    }
}
