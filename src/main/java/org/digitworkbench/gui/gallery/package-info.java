/**
 * The Gallery view: misclassified test images, the confusion matrix and exports. Uses gui.common, never
 * another view.
 */
package org.digitworkbench.gui.gallery;
