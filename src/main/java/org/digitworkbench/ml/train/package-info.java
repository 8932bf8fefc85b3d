/**
 * Training runs: settings and recipes (rate schedules, augmentation, generated negatives), batches, the loop
 * around the training step, progress events, pausing and stopping, and the model cards of runs.
 */
package org.digitworkbench.ml.train;
