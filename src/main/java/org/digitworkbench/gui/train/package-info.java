/**
 * The Train view: {@code TrainView} and {@code TrainViewModel}, and the panes the view is built of (the header,
 * the settings side panel, the Runs and Watch tabs), which take the view model. What they show lives below:
 * {@code run} (runs, their log, progress and watched images), {@code charts} (the Chart-fx charts),
 * {@code settings} (the form and the time estimates), {@code editor} (the architecture picker and editor) and
 * {@code common} (formats, labels and axis ranges they share). Uses gui.common, never another view.
 */
package org.digitworkbench.gui.train;
