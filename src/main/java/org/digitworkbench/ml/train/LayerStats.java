package org.digitworkbench.ml.train;

/**
 * One layer's trained arrays at one step of a run: how its parameters and that batch's gradients spread, and the
 * size of the update against the parameters, {@code log10(mean |update| / mean |parameter|)}. Around -3 a layer
 * learns at a healthy pace; far above it the rate is too high for it, far below it barely moves (the rule of thumb
 * the DL4J training UI draws).
 *
 * @param layer       the layer's index in the architecture
 * @param text        the layer as {@code architectures} prints it
 * @param parameters  how many numbers it trains
 * @param updateRatio NaN when its parameters are all zero
 */
public record LayerStats(int layer, String text, long parameters, LayerHistogram weights, LayerHistogram gradients,
                         double updateRatio) {

    /** The healthy band of {@link #updateRatio}, one decade either side of -3. */
    public static final double HEALTHY_LOW = -4;
    public static final double HEALTHY_HIGH = -2;
}
