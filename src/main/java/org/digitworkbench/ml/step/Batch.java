package org.digitworkbench.ml.step;

/**
 * One training batch as plain arrays.
 *
 * @param size   how many images
 * @param pixels {@code size} images of 784 values in [0, 1], one after another
 * @param labels the class of each image
 * @param masks  one inverted-dropout mask per dropout layer, in layer order, {@code size} times the layer's
 *               activation size each (any order within an image: the values are independent draws)
 */
public record Batch(int size, float[] pixels, int[] labels, float[][] masks) {
}
