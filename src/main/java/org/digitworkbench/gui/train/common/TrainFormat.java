package org.digitworkbench.gui.train.common;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.digitworkbench.app.EpochTimes;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.train.Optimizer;

/** How the Train view writes numbers, durations, optimizers and architectures for the user. */
public final class TrainFormat {
    public static final String NONE = "\u2013";

    private final Messages text;

    public TrainFormat(Messages text) {
        this.text = text;
    }

    public String percent(double fraction) {
        return Double.isNaN(fraction) ? NONE : String.format(text.locale(), "%.2f%%", fraction * 100);
    }

    public String number(double value) {
        return Double.isNaN(value) ? NONE : String.format(text.locale(), "%.4f", value);
    }

    public String optimizerName(Optimizer o) {
        return text.get("train.optimizer." + o.id());
    }

    /** A built-in's id, or "Custom: " and the spec (a label cuts it short where it must). */
    public String name(Architecture a) {
        return a.isBuiltIn() ? a.id() : text.format("train.architecture.custom", a.spec());
    }

    /** The picker's line: name, size and the expected time per epoch, said as measured here or a guess. */
    public String describe(Architecture a, EpochTimes.Estimate epoch) {
        return text.format("train.architecture.item", name(a), a.parameterCount(),
                text.format(epoch.measuredHere() ? "train.estimate.shortHere" : "train.estimate.shortElsewhere",
                        Math.round(epoch.secondsPerEpoch())));
    }

    /** The line under the picker: size, expected time per epoch and what the architecture is. */
    public String details(Architecture a, EpochTimes.Estimate epoch) {
        return text.format("train.architecture.details", a.parameterCount(),
                text.format(epoch.measuredHere() ? "train.estimate.here" : "train.estimate.elsewhere",
                        Math.round(epoch.secondsPerEpoch())),
                a.isBuiltIn() ? text.get("arch.description." + a.id()) : a.spec());
    }

    public static String duration(long nanos) {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos);
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    public static String formatRate(double rate) {
        return BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
    }

    public static Integer parseInt(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Double parseRate(String value) {
        try {
            return value == null ? null : Double.valueOf(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
