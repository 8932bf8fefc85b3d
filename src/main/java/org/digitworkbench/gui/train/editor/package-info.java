/** The architecture picker and the editor of an architecture of one's own (Layers…). */
package org.digitworkbench.gui.train.editor;
