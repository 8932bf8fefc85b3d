package org.digitworkbench.cli;

import java.util.List;
import java.util.regex.Pattern;

import org.digitworkbench.app.RunEntry;

/** A run as the command line names it: by its number ({@code 3} or {@code #3}) or by its id. */
final class RunReference {
    private static final Pattern NUMBER = Pattern.compile("#?\\d{1,9}");

    private RunReference() {
    }

    /**
     * The run of {@code runs} that {@code reference} names.
     *
     * @throws IllegalArgumentException when none does, or a number two runs share (then the id tells them apart)
     */
    static RunEntry find(List<RunEntry> runs, String reference) {
        if (NUMBER.matcher(reference).matches()) {
            int number = Integer.parseInt(reference.startsWith("#") ? reference.substring(1) : reference);
            List<RunEntry> numbered = runs.stream().filter(r -> r.number() == number).toList();
            if (numbered.size() > 1) {
                throw new IllegalArgumentException("runs " + numbered.get(0).id() + " and " + numbered.get(1).id()
                        + " both have number " + number + ": name the one you mean by its id");
            }
            if (numbered.size() == 1) {
                return numbered.get(0);
            }
        }
        return runs.stream().filter(r -> r.id().equals(reference)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run " + reference + " in the history"));
    }
}
