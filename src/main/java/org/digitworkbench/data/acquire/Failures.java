package org.digitworkbench.data.acquire;

/** Turns exceptions into one-line reasons for the user. */
final class Failures {

    private Failures() {
    }

    /** The message of {@code t} and its causes, on one line; class names stand in for missing messages. */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Throwable current = t;
        for (int depth = 0; current != null && depth < 4; depth++) {
            String message = current.getMessage();
            String part = message == null || message.isBlank() ? current.getClass().getSimpleName() : message;
            if (sb.indexOf(part) < 0) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(part);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return oneLine(sb.toString());
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " | ");
    }
}
