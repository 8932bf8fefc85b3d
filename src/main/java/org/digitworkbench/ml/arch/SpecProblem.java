package org.digitworkbench.ml.arch;

/**
 * What can be wrong with an architecture spec: a {@code failure.spec.*} key of the gui's message bundle and
 * the same pattern in English for the command line. {0} is always the 1-based character position.
 */
public enum SpecProblem {
    EMPTY("failure.spec.empty", "at {0}: the architecture is empty; write layers such as dense(128), relu, dense(10)"),
    UNKNOWN_ARCHITECTURE("failure.spec.unknownArchitecture",
            "at {0}: unknown architecture ''{1}''; choose one of {2} or write a layer spec such as "
                    + "conv(32,3), relu, maxpool, dense(100), relu, dense(10)"),
    EXPECTED_LAYER("failure.spec.expectedLayer",
            "at {0}: expected a layer: conv, maxpool, batchnorm, dropout, dense, relu, tanh or sigmoid"),
    UNKNOWN_LAYER("failure.spec.unknownLayer",
            "at {0}: unknown layer ''{1}''; expected conv, maxpool, batchnorm, dropout, dense, relu, tanh or sigmoid"),
    EXPECTED_SYMBOL("failure.spec.expectedSymbol", "at {0}: expected ''{1}''"),
    EXPECTED_FILTERS("failure.spec.expectedFilters", "at {0}: expected a number of filters"),
    EXPECTED_KERNEL("failure.spec.expectedKernel", "at {0}: expected a kernel size such as 3 or 3x3"),
    EXPECTED_PADDING("failure.spec.expectedPadding", "at {0}: expected same or valid"),
    EXPECTED_UNITS("failure.spec.expectedUnits", "at {0}: expected a number of units"),
    EXPECTED_RATE("failure.spec.expectedRate", "at {0}: expected a dropout rate such as 0.25"),
    NO_ARGUMENTS("failure.spec.noArguments", "at {0}: {1} takes no arguments"),
    FILTERS_RANGE("failure.spec.filtersRange", "at {0}: {1} filters; choose 1 to 512"),
    UNITS_RANGE("failure.spec.unitsRange", "at {0}: {1} units; choose 1 to 4096"),
    KERNEL_RANGE("failure.spec.kernelRange", "at {0}: kernel {1}; choose 1 to 7"),
    KERNEL_NOT_SQUARE("failure.spec.kernelNotSquare", "at {0}: kernel {1}x{2} is not square"),
    RATE_RANGE("failure.spec.rateRange", "at {0}: dropout rate {1}; choose more than 0 and less than 1"),
    NOT_AFTER_DENSE("failure.spec.notAfterDense", "at {0}: {1} needs an image, but a dense layer before it flattened it"),
    TOO_SMALL("failure.spec.tooSmall", "at {0}: the image is {1}x{1} here, too small for {2}"),
    LAST_NOT_OUTPUT("failure.spec.lastNotOutput", "at {0}: the last layer must be dense(10), one unit per class"),
    TOO_MANY_PARAMETERS("failure.spec.tooManyParameters",
            "at {0}: {1} parameters; an architecture may have at most {2}"),
    TOO_MANY_LAYERS("failure.spec.tooManyLayers", "at {0}: more than {1} layers; an architecture may have at most {1}");

    private final String key;
    private final String english;

    SpecProblem(String key, String english) {
        this.key = key;
        this.english = english;
    }

    public String key() {
        return key;
    }

    /** The English {@link java.text.MessageFormat} pattern, the base bundle's text for {@link #key()}. */
    public String english() {
        return english;
    }
}
