/**
 * The Draw view: the canvas, the live prediction and its view model. Uses gui.common, never another view.
 */
package org.digitworkbench.gui.draw;
