/**
 * Drawings as strokes, without a toolkit: the pen-down-to-pen-up {@code Stroke}, the curve through its samples,
 * rendering strokes into the network's input as MNIST made its digits, and generated sets of drawn digits and
 * of drawings that are not digits (for teaching and measuring an honest "not sure").
 */
package org.digitworkbench.ml.sketch;
