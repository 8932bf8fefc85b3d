/**
 * Digit Workbench: draw a digit and see a network read it, train networks on MNIST or Fashion-MNIST, browse
 * what they get wrong. {@code Workbench} is the one entry point, for the window and the command line.
 */
package org.digitworkbench;
