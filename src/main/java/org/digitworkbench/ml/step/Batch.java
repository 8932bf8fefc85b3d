package org.digitworkbench.ml.step;

/**
 * One training batch as plain arrays.
 *
 * @param size   how many images
 * @param pixels {@code size} images of 784 values in [0, 1], one after another
 * @param labels the class of each image, or {@link #UNSURE} for a picture of none of them (its target is the
 *               uniform distribution, so the network learns to be unsure of such pictures)
 * @param masks  one inverted-dropout mask per dropout layer, in layer order, {@code size} times the layer's
 *               activation size each (any order within an image: the values are independent draws)
 */
public record Batch(int size, float[] pixels, int[] labels, float[][] masks) {
    public static final int UNSURE = -1;
}
