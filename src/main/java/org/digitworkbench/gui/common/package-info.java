/**
 * The window shell and what the views share: the main window and its view model, the active model, settings,
 * bundles, the background executor.
 */
package org.digitworkbench.gui.common;
