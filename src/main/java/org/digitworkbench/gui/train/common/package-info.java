/**
 * What the Train view's parts share: number and duration formats, labels, the run state, axis ranges and tick
 * labels, the loss smoothing and the chart options, the planned learning rate, batch memory and architecture
 * speeds. Depends on no other part of the Train view.
 */
package org.digitworkbench.gui.train.common;
