/**
 * The application layer, under both the window and the command line and free of any UI: where the
 * workbench keeps its files, training runs with their lineage, the history of runs on disk, the drawings the
 * user labelled and fine-tuning on them. Uses data and ml; used by cli and gui.
 */
package org.digitworkbench.app;
