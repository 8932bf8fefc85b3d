package org.digitworkbench.ml.step;

import org.digitworkbench.ml.arch.ActivationShape;
import org.digitworkbench.ml.arch.LayerSpec;

/**
 * What one layer gave for one image.
 *
 * @param index  the layer's position in its architecture
 * @param layer  the layer
 * @param shape  its output shape
 * @param values its output: for an image, height x width x channels with the channel fastest; else the units
 */
public record LayerOutput(int index, LayerSpec layer, ActivationShape shape, float[] values) {
}
