/**
 * The data sets: IDX files (read and written), their verified loading into memory and the splits. Depends on
 * nothing above it (no ml, cli, gui or ND4J).
 */
package org.digitworkbench.data;
