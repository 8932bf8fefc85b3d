/**
 * Everything about networks: architectures, training, evaluation, preprocessing, model files. Uses data; never
 * the cli or gui.
 */
package org.digitworkbench.ml;
