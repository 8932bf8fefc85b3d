package org.digitworkbench.gui.draw;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.eval.Evidence;
import org.digitworkbench.ml.model.Verdict;

/**
 * What the result panel shows: either a hint, or a guess with ten probabilities and the network's input. A guess
 * the model is unsure of (its {@link Verdict}) says so instead of naming a class in big letters.
 */
public final class GuessState {
    private final Messages text;
    private final List<ReadOnlyDoubleWrapper> probabilities = new ArrayList<>();
    private final ReadOnlyObjectWrapper<float[]> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper uncertain = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confidence = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Integer> topClass = new ReadOnlyObjectWrapper<>(-1);
    private final ReadOnlyObjectWrapper<Evidence> evidence = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper evidenceLegend = new ReadOnlyStringWrapper("");

    GuessState(Messages text) {
        this.text = text;
        for (int i = 0; i < Architecture.CLASSES; i++) {
            probabilities.add(new ReadOnlyDoubleWrapper());
        }
    }

    /** @param digits whether the classes are digits (MNIST) rather than clothes, for the "not sure" line */
    void show(float[] p, float[] pixels, List<String> classNames, Verdict verdict, boolean digits, Evidence why) {
        for (int i = 0; i < probabilities.size(); i++) {
            probabilities.get(i).set(p[i]);
        }
        String name = classNames.get(verdict.top());
        uncertain.set(verdict.unsure());
        headline.set(verdict.unsure() ? text.get("guess.notSureHeadline") : name);
        confidence.set(!verdict.unsure() ? text.format("guess.confident", verdict.confidence())
                // no class stands out (twice chance or less): naming the closest would be a coin toss
                : verdict.confidence() <= 2.0 / p.length ? text.format(digits ? "guess.noDigit" : "guess.noClothing")
                : text.format(digits ? "guess.notADigit" : "guess.notClothing", name, verdict.confidence()));
        topClass.set(verdict.top());
        // the legend first: whoever sees the evidence arrive finds its legend already there
        evidenceLegend.set(why == null ? "" : text.format("draw.why.legend", classNames.get(why.answer()),
                classNames.get(why.runnerUp())));
        evidence.set(why);
        preview.set(pixels);
        visible.set(true);
    }

    /** A hint instead of a guess: never a stale guess next to an empty canvas. */
    void hide(String hintText) {
        visible.set(false);
        preview.set(null);
        evidence.set(null);
        evidenceLegend.set("");
        probabilities.forEach(p -> p.set(0));
        topClass.set(-1);
        headline.set("");
        confidence.set("");
        hint.set(hintText);
    }

    public ReadOnlyDoubleProperty probabilityProperty(int label) {
        return probabilities.get(label).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<float[]> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty uncertainProperty() {
        return uncertain.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confidenceProperty() {
        return confidence.getReadOnlyProperty();
    }

    /** The heat map of the answer shown, null unless asked for. */
    public ReadOnlyObjectProperty<Evidence> evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    /** What the heat map's colours mean for the answer shown. */
    public ReadOnlyStringProperty evidenceLegendProperty() {
        return evidenceLegend.getReadOnlyProperty();
    }

    /** The label guessed, -1 while a hint shows. */
    public ReadOnlyObjectProperty<Integer> topClassProperty() {
        return topClass.getReadOnlyProperty();
    }
}
