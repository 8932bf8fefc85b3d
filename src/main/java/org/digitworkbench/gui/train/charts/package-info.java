/**
 * The Train view's charts (Chart-fx): loss, accuracy and learning rate, what they draw for the run shown or the
 * runs compared (worked out without the toolkit in {@code ChartLines}), their options toolbar, the comparison's
 * key and the picture Export PNG saves.
 */
package org.digitworkbench.gui.train.charts;
