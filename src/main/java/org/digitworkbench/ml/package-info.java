/**
 * Everything about networks: architectures, training, evaluation, preprocessing, model files (ours and Keras's).
 * Uses data; never the cli or gui.
 */
package org.digitworkbench.ml;
