package org.digitworkbench.gui.train.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import io.fair_acc.chartfx.axes.spi.format.AbstractFormatter;

/**
 * The charts' tick labels: as many decimals as the tick spacing needs (0, 0.25, 0.50 ...), or on a log axis each
 * value with up to three significant digits. Replaces Chart-fx 11.3.1's DefaultFormatter, which throws an
 * ArrayIndexOutOfBoundsException (Schubfach.pow10 of a negative index) for tick values that differ by a
 * floating-point error in their 16th digit, as 0.1 + 0.2 does, and so broke the loss axis at the first run.
 */
public final class TickLabels extends AbstractFormatter {
    private final boolean significantDigits;
    private int decimals;

    /** {@code significantDigits}: each label on its own (log axes, small rates); else one number of decimals. */
    public TickLabels(boolean significantDigits) {
        this.significantDigits = significantDigits;
    }

    @Override
    protected void rangeUpdated() {
        double step = Double.POSITIVE_INFINITY;
        for (int i = 1; i < majorTickMarks.size(); i++) {
            step = Math.min(step, Math.abs(majorTickMarks.getDouble(i) - majorTickMarks.getDouble(i - 1)));
        }
        decimals = decimalsFor(step);
    }

    /** Decimals that tell ticks {@code step} apart, to the step's second significant digit (0.25: 2). */
    public static int decimalsFor(double step) {
        if (!Double.isFinite(step) || step <= 0) {
            return 2;
        }
        BigDecimal rounded = new BigDecimal(step).round(new MathContext(2)).stripTrailingZeros();
        return Math.max(0, Math.min(10, rounded.scale()));
    }

    @Override
    public String toString(Number value) {
        double v = value.doubleValue();
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        if (significantDigits) {
            return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    @Override
    public Number fromString(String text) {
        return Double.valueOf(text);
    }
}
