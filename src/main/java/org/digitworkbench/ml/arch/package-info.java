/**
 * The architectures: the spec language that writes them (parser, canonical printer, localizable errors), the
 * built-ins as names for specs, and the catalogue of layers. Each {@link org.digitworkbench.ml.arch.LayerSpec}
 * record carries its own facts (text, output shape, parameter and state shapes, work per image); parameter
 * shapes, per-layer summaries and initial values are read from the records.
 *
 * <p>Adding a layer type touches four places: its record in {@code LayerSpec} (and a method for it in
 * {@code LayerSpec.Visitor}, after which the compiler points at the one mapping to a step layer in
 * {@code ml.step.StepLayers} and at the tests' SameDiff reference), its step layer in {@code ml.step}, one rule
 * in {@code SpecParser}, and a spec using it in {@code TrainingStepTest} and {@code ForwardPassTest}.
 */
package org.digitworkbench.ml.arch;
