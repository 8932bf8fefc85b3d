/**
 * Test-set evaluation: accuracy, confusion matrix, misclassified images, and what changed between two epochs.
 */
package org.digitworkbench.ml.eval;
