/**
 * The window shell: the JavaFX application and its start-up, the main window with the data-set switch, the model
 * menu and the views as tabs, its view model (which page is shown, the status line) and the Models dialog.
 * The only package that knows all three views; it wires them to the shared services of gui.common.
 */
package org.digitworkbench.gui.shell;
