/**
 * Model files: writing and reading them atomically, checking they fit, and finding the active model of a data
 * set.
 */
package org.digitworkbench.ml.store;
