/**
 * The application layer, under both the window and the command line and free of any UI: where the
 * workbench keeps its files, training runs with their lineage, the history of runs on disk, the drawings the
 * user labelled and fine-tuning on them, a model's answers kept between runs ({@code AnswersCache}), and a
 * layer's output in figures and pictures ({@code LayerInspection}, {@code LayerPictures}). Uses data and ml;
 * used by cli and gui.
 */
package org.digitworkbench.app;
