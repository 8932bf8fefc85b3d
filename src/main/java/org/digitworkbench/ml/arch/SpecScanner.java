package org.digitworkbench.ml.arch;

import java.util.Locale;

/** Reads a spec's words, numbers and symbols, skipping whitespace; positions are 1-based, for messages. */
final class SpecScanner {
    private final String text;
    private int at;

    SpecScanner(String text) {
        this.text = text;
    }

    /** The 1-based position of the next thing to read (one past the end at the end). */
    int position() {
        skipSpace();
        return at + 1;
    }

    boolean atEnd() {
        skipSpace();
        return at >= text.length();
    }

    /** Consumes {@code symbol} when it comes next. */
    boolean accept(char symbol) {
        skipSpace();
        if (at < text.length() && Character.toLowerCase(text.charAt(at)) == symbol) {
            at++;
            return true;
        }
        return false;
    }

    void expect(char symbol) {
        int where = position();
        if (!accept(symbol)) {
            throw new SpecException(SpecProblem.EXPECTED_SYMBOL, where, String.valueOf(symbol));
        }
    }

    /** The next run of letters, digits and hyphens in lower case, or "" when none comes next. */
    String word() {
        skipSpace();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-')) {
            at++;
        }
        return text.substring(start, at).toLowerCase(Locale.ROOT);
    }

    /** A whole number, or -1 when no digits come next; values past a billion read as a billion. */
    long integer() {
        skipSpace();
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (start == at || (at < text.length() && text.charAt(at) == '.')) {
            at = start;
            return -1;
        }
        String digits = text.substring(start, at);
        return digits.length() > 9 ? 1_000_000_000L : Long.parseLong(digits);
    }

    /** A decimal such as 0.25 or .5, or NaN when none comes next. */
    double decimal() {
        skipSpace();
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        try {
            return Double.parseDouble(text.substring(start, at));
        } catch (NumberFormatException e) {
            at = start;
            return Double.NaN;
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
