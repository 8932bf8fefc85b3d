/**
 * The training step: a fixed, hand-derived forward and backward pass over libnd4j ops on preallocated
 * arrays, in NHWC layout, with one optimizer update over a single flat parameter buffer. It replaces
 * SameDiff's training session, which spent its time in NCHW pooling, in the input image's unused gradient
 * and in per-op bookkeeping (see the README's profile). Uses {@code ml.arch}; SameDiff's own training graph
 * stays as the reference its gradients are tested against.
 */
package org.digitworkbench.ml.step;
