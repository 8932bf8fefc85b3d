/**
 * Which native libnd4j build to load and how many threads it may use.
 */
package org.digitworkbench.ml.runtime;
