package org.digitworkbench.ml.arch;

import java.util.Locale;

/** The activations a spec can write as layers of their own. */
public enum ActivationFunction {
    RELU, TANH, SIGMOID;

    /** The name in the spec language. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
