/**
 * The runs: starting, steering and ending one (controller, training job, endings), its chart data fed from the
 * training thread, its progress and the header of the run shown, the run log with its comparison, names, notes
 * and exports, and the watched test images. No controls here; the panes of the view bind to these.
 */
package org.digitworkbench.gui.train.run;
