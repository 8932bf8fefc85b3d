/**
 * What the views share, without any view: the active model (ModelService), the last run's evaluations,
 * settings, bundles, the background executor and the View interface. Knows neither the shell nor a view.
 */
package org.digitworkbench.gui.common;
