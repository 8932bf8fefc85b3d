/**
 * Digit Workbench: draw a digit and see a network read it, train networks on MNIST or Fashion-MNIST, browse
 * what they get wrong. {@code Launcher} starts the window or, given arguments, the command line;
 * {@code CliLauncher} is the packaged command line's entry point.
 */
package org.digitworkbench;
