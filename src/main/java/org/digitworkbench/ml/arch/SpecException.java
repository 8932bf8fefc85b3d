package org.digitworkbench.ml.arch;

import java.text.MessageFormat;
import java.util.Locale;

import org.digitworkbench.data.LocalizableFailure;

/**
 * An architecture spec that cannot be used: where (1-based character position) and what, as a bundle key with
 * arguments for the window and as English text for the command line. Each argument is a number or spec text.
 */
public final class SpecException extends IllegalArgumentException implements LocalizableFailure {
    private final SpecProblem problem;
    private final int position;
    private final Object[] args;

    SpecException(SpecProblem problem, int position, Object... details) {
        this(withPosition(position, details), problem, position);
    }

    private SpecException(Object[] args, SpecProblem problem, int position) {
        super(new MessageFormat(problem.english(), Locale.ENGLISH).format(args));
        this.problem = problem;
        this.position = position;
        this.args = args;
    }

    /** The pattern's arguments: the position first, then the details. */
    private static Object[] withPosition(int position, Object[] details) {
        Object[] all = new Object[details.length + 1];
        all[0] = position;
        System.arraycopy(details, 0, all, 1, details.length);
        return all;
    }

    public SpecProblem problem() {
        return problem;
    }

    /** The 1-based character position in the spec text the problem is at. */
    public int position() {
        return position;
    }

    @Override
    public String key() {
        return problem.key();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
