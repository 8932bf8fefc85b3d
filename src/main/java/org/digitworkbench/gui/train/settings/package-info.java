/** The training settings form and its validation part, and the expected time per epoch of each architecture. */
package org.digitworkbench.gui.train.settings;
