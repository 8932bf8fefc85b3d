package org.digitworkbench.gui.common;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints a heat map over a 28x28 picture: red where the ink pushed toward the answer, blue where it pushed
 * toward the runner-up, more opaque the stronger, scaled to the map's own largest value.
 */
public final class HeatOverlay {
    public static final Color FOR_ANSWER = Color.rgb(239, 68, 52);
    public static final Color FOR_RUNNER_UP = Color.rgb(56, 132, 255);
    private static final double MOST_OPAQUE = 0.8;

    private HeatOverlay() {
    }

    /** @param side the map's side in pixels (28); {@code cell} screen pixels per map pixel */
    public static void paint(GraphicsContext g, float[] map, int side, double cell) {
        double largest = 0;
        for (float v : map) {
            largest = Math.max(largest, Math.abs(v));
        }
        if (largest == 0) {
            return;
        }
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                float v = map[y * side + x];
                if (v != 0) {
                    Color base = v > 0 ? FOR_ANSWER : FOR_RUNNER_UP;
                    g.setFill(base.deriveColor(0, 1, 1, MOST_OPAQUE * Math.abs(v) / largest));
                    g.fillRect(x * cell, y * cell, cell, cell);
                }
            }
        }
    }
}
