/**
 * From a drawing or an image file to the 28x28 input the networks read, the way MNIST itself was made.
 */
package org.digitworkbench.ml.preprocess;
