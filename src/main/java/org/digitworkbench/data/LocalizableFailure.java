package org.digitworkbench.data;

/**
 * A failure a user meets, worded by the window in the user's language: a key of the gui's message bundle and
 * its arguments. The exception's own message stays the English text, for the command line and the logs.
 */
public interface LocalizableFailure {
    /** A {@code failure.*} key of the gui's message bundle. */
    String key();

    /** The pattern's arguments, in order; file names and technical details that have no translation. */
    Object[] args();
}
