/**
 * The architectures: the spec language that writes them (parser, canonical printer, localizable errors), the
 * built-ins as names for specs, their layer lists, per-layer summaries, parameter shapes and initial values, and
 * the SameDiff graphs built from them.
 */
package org.digitworkbench.ml.arch;
