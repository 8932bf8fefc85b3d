/**
 * Keras files, both ways: a {@code .keras} file (Keras 3: a zip of {@code config.json}, {@code metadata.json} and
 * {@code model.weights.h5}) or a legacy {@code .h5} file (Keras 2 and 3: the config as the attribute
 * {@code model_config}, the weights under {@code model_weights/}) opened as a workbench model, and a workbench
 * model written as either. Only chains of layers that Digit Workbench has are read: the config is translated into
 * the spec language ({@code KerasLayers}), so what the spec language refuses is refused here too, and the weights
 * are moved between Keras's layout (channels last) and ours ({@code KerasWeights}). HDF5 is read and written with
 * jhdf; every array's declared shape is checked against the architecture before its values are read, and no more
 * of a zip entry is inflated than the architecture needs.
 */
package org.digitworkbench.ml.keras;
