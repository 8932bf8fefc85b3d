/**
 * A trained model as data (its card and parameters) and the predictor that runs it. Uses ml.arch and
 * ml.runtime only.
 */
package org.digitworkbench.ml.model;
