/**
 * Evaluation: a model's answers for a set, test-set accuracy, confusion matrix, per-class precision, recall and
 * F1, misclassified images and what changed between two epochs;
 * how well a model knows what it does not know (the generated sets, the "not sure" threshold it calibrates,
 * the reports); and why it answers as it does (occlusion heat maps).
 */
package org.digitworkbench.ml.eval;
