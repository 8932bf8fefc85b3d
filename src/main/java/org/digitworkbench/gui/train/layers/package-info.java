/**
 * The Train view's Layers tab: how each trained layer of the shown run learns, from its layer samples (weight
 * and gradient histograms, the update ratio against the healthy band) and its first convolution's kernels.
 */
package org.digitworkbench.gui.train.layers;
