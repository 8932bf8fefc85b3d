package org.digitworkbench.app;

/**
 * What a run's name and note may be: surrounding white space is dropped and a blank one is none (null); a name is
 * one line of at most {@link #MAX_NAME} characters, a note at most {@link #MAX_NOTE}. Anything else is refused
 * with an {@link IllegalArgumentException} that says why.
 */
public final class RunLabels {
    public static final int MAX_NAME = 80;
    public static final int MAX_NOTE = 2000;

    private RunLabels() {
    }

    /** The name as kept, null for none. */
    public static String name(String name) {
        String kept = kept(name, "name", MAX_NAME);
        // the listing shows a run a line; a name of several would break it
        if (kept != null && (kept.indexOf('\n') >= 0 || kept.indexOf('\r') >= 0)) {
            throw new IllegalArgumentException("a run's name is one line; put the rest in its note");
        }
        return kept;
    }

    /** The note as kept, null for none. */
    public static String note(String note) {
        return kept(note, "note", MAX_NOTE);
    }

    private static String kept(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > max) {
            throw new IllegalArgumentException("a run's " + what + " is at most " + max + " characters; this one has "
                    + length);
        }
        return stripped;
    }
}
