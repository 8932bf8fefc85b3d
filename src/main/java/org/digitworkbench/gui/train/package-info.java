/**
 * The Train view: settings form, run controller, live charts and the run log. Uses gui.common, never another
 * view.
 */
package org.digitworkbench.gui.train;
