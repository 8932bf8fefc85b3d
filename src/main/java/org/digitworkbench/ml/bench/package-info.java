/**
 * Throughput benchmarks of training and inference on real data, with the training step's profile.
 */
package org.digitworkbench.ml.bench;
