package org.digitworkbench.gui.train.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.run.LoggedRun;
import org.digitworkbench.gui.train.run.RunLayers;
import org.digitworkbench.ml.train.LayerHistogram;
import org.digitworkbench.ml.train.LayerSample;
import org.digitworkbench.ml.train.LayerStats;

/**
 * What the Layers tab shows of the run it follows: which of its layer samples (the latest, unless the user picks
 * an earlier one), each layer's update ratio over the run, the words for a sample and a ratio, and the kernels
 * after the latest epoch. No controls; FX thread.
 */
public final class LayersModel {
    /** Where a ratio lies against the healthy band around -3. */
    public enum Band { TOO_LOW, HEALTHY, TOO_HIGH }

    /** One layer's update ratio at each sample where it is known: x in epochs. */
    public record RatioLine(int layer, String text, List<double[]> points) {
    }

    private final Messages text;
    private final ObjectProperty<LoggedRun> run = new SimpleObjectProperty<>();
    /** The sample picked, counted from the first; -1 follows the latest. */
    private final IntegerProperty picked = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<LayerSample> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunLayers.Filters> filters = new ReadOnlyObjectWrapper<>();
    private final InvalidationListener samplesChanged = o -> update();
    private final ChangeListener<RunLayers.Filters> filtersChanged = (obs, old, now) -> filters.set(now);

    public LayersModel(Messages text) {
        this.text = text;
        run.addListener((obs, old, now) -> {
            if (old != null) {
                old.layers().samples().removeListener(samplesChanged);
                old.layers().filtersProperty().removeListener(filtersChanged);
            }
            if (now != null) {
                now.layers().samples().addListener(samplesChanged);
                now.layers().filtersProperty().addListener(filtersChanged);
            }
            filters.set(now == null ? null : now.layers().filtersProperty().get());
            picked.set(-1);
            update();
        });
        picked.addListener(o -> update());
        update();
    }

    /** The run shown: the Train view binds it to the run selected in its log. */
    public ObjectProperty<LoggedRun> runProperty() {
        return run;
    }

    /** The sample picked, from 0; -1 (or past the last) follows the latest as samples come. */
    public IntegerProperty pickedProperty() {
        return picked;
    }

    public ReadOnlyObjectProperty<LayerSample> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Changes whenever the samples or the one picked change: the ratio plot and the rows draw again. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Which sample is shown, or why there is none. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunLayers.Filters> filtersProperty() {
        return filters.getReadOnlyProperty();
    }

    public String filtersCaption(RunLayers.Filters after) {
        return text.format("train.layers.filters", after.epoch());
    }

    private void update() {
        LoggedRun now = run.get();
        List<LayerSample> samples = now == null ? List.of() : now.layers().samples();
        count.set(samples.size());
        int index = picked.get() < 0 || picked.get() >= samples.size() ? samples.size() - 1 : picked.get();
        shown.set(index < 0 ? null : samples.get(index));
        if (now == null) {
            caption.set(text.get("train.layers.noRun"));
        } else if (samples.isEmpty()) {
            caption.set(text.get(now.running() ? "train.layers.waiting" : "train.layers.none"));
        } else {
            LayerSample sample = shown.get();
            caption.set(text.format("train.layers.at", sample.step(), String.format(Locale.ROOT, "%.2f", sample.x())));
        }
        revision.set(revision.get() + 1);
    }

    /** Each trained layer's ratio over the run's samples, in layer order. */
    public List<RatioLine> ratioLines() {
        LoggedRun now = run.get();
        Map<Integer, RatioLine> lines = new TreeMap<>();
        if (now != null) {
            for (LayerSample sample : now.layers().samples()) {
                for (LayerStats layer : sample.layers()) {
                    RatioLine line = lines.computeIfAbsent(layer.layer(),
                            k -> new RatioLine(layer.layer(), layer.text(), new ArrayList<>()));
                    if (Double.isFinite(layer.updateRatio())) {
                        line.points().add(new double[] {sample.x(), layer.updateRatio()});
                    }
                }
            }
        }
        return List.copyOf(lines.values());
    }

    public static Band band(double ratio) {
        return ratio > LayerStats.HEALTHY_HIGH ? Band.TOO_HIGH
                : ratio < LayerStats.HEALTHY_LOW ? Band.TOO_LOW : Band.HEALTHY;
    }

    /** The ratio and what it says, "-3.1 · healthy". */
    public String ratioText(double ratio) {
        if (!Double.isFinite(ratio)) {
            return "\u2013";
        }
        String verdict = switch (band(ratio)) {
            case TOO_LOW -> text.get("train.layers.tooLow");
            case HEALTHY -> text.get("train.layers.healthy");
            case TOO_HIGH -> text.get("train.layers.tooHigh");
        };
        return String.format(Locale.ROOT, "%.1f", ratio) + " \u00b7 " + verdict;
    }

    /** A layer's place and text, "1 conv(32,3,same)". */
    public String layerText(LayerStats layer) {
        return text.format("train.layers.layer", layer.layer() + 1, layer.text());
    }

    /** How many numbers a layer trains, "320 numbers". */
    public String sizeText(LayerStats layer) {
        return text.format("train.layers.numbers", layer.parameters());
    }

    public String epochAxis() {
        return text.get("train.layers.epochAxis");
    }

    /** A histogram's span, "-0.21 to 0.19". */
    public String range(LayerHistogram histogram) {
        return text.format("train.layers.range", String.format(Locale.ROOT, "%.3g", histogram.min()),
                String.format(Locale.ROOT, "%.3g", histogram.max()));
    }
}
