/**
 * The engine: a fixed, hand-derived forward and backward pass over libnd4j ops on preallocated arrays, in NHWC
 * layout. {@code TrainingStep} trains with it (one optimizer update over a single flat parameter buffer);
 * {@code ForwardPass} reads with the same layers in inference mode (no dropout, batch normalization by its running
 * statistics), which is how every prediction, evaluation and benchmark in the app runs. {@code StepLayers} is the
 * one place that maps an architecture's layers to step layers. It replaced SameDiff, whose session spent its time
 * in NCHW pooling, in the input image's unused gradient and in per-op bookkeeping (see the README's profile);
 * SameDiff's graphs of the same networks stay in the tests as the reference for gradients and outputs.
 */
package org.digitworkbench.ml.step;
