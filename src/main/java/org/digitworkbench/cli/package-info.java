/**
 * The command line (picocli): one class per command, output as text or JSON. Uses data and ml, never JavaFX
 * or the gui.
 */
package org.digitworkbench.cli;
