package org.digitworkbench.ml.store;

import java.nio.file.Path;

import org.digitworkbench.ml.model.ModelCard;

/**
 * One of the user's model files: its card, and whether it is the active model of its data set (the others
 * are kept on the shelf until the user makes one active or deletes it).
 */
public record StoredModel(Path file, ModelCard card, boolean active) {
}
