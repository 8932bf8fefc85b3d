package org.digitworkbench.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the runs of a history are numbered: a run keeps the number it was given when it started; one written
 * before runs had numbers takes the next number after the runs that started before it (ids sort by start time),
 * so such runs are numbered 1, 2, 3... in the order they ran. Removed runs count like the others, so no number
 * is ever given twice.
 */
final class RunNumbers {
    private RunNumbers() {
    }

    /** {@code runs} in the same order, each with its number. */
    static List<RunEntry> numbered(List<RunEntry> runs) {
        List<Integer> byStart = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            byStart.add(i);
        }
        byStart.sort(Comparator.comparing(i -> runs.get(i).id()));
        RunEntry[] numbered = new RunEntry[runs.size()];
        long highest = 0;
        for (int i : byStart) {
            RunEntry run = runs.get(i);
            if (run.number() > 0) {
                highest = Math.max(highest, run.number());
                numbered[i] = run;
            } else {
                highest++;
                // past the largest int (a number written by hand) a run stays unnumbered rather than wrap round
                numbered[i] = run.withNumber(highest <= Integer.MAX_VALUE ? (int) highest : 0);
            }
        }
        return List.of(numbered);
    }

    /** The largest number of {@code numbered}, 0 when there is none. */
    static int largest(List<RunEntry> numbered) {
        return numbered.stream().mapToInt(RunEntry::number).max().orElse(0);
    }
}
