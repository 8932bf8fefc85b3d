/**
 * The architectures as layer lists, their parameter shapes and initial values, and the SameDiff graphs built
 * from them.
 */
package org.digitworkbench.ml.arch;
