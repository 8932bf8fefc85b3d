/**
 * The JavaFX application: its launcher and the window's start-up. The only code that may use JavaFX; it uses
 * data and ml below it and never the command line.
 */
package org.digitworkbench.gui;
