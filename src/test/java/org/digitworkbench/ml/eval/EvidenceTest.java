package org.digitworkbench.ml.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.sketch.SketchRenderer;
import org.digitworkbench.ml.sketch.Stroke;
import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.Test;

/**
 * The heat map is faithful: blanking the ink it marks as most in favour of the answer lowers the answer's lead
 * over the runner-up more than blanking as much of the ink it marks as least in favour (a deletion test; a
 * random or inverted map fails it).
 */
class EvidenceTest {
    private static final int PIXELS = 25;

    @Test
    void blankingTheStrongestEvidenceCostsTheAnswerMostAndBlankPixelsAreNoEvidence() throws IOException {
        Predictor predictor = ModelStore.load(Path.of("models", "mnist.zip")).newPredictor();
        List<Stroke.Point> seven = List.of(new Stroke.Point(0.25, 0.2), new Stroke.Point(0.75, 0.2),
                new Stroke.Point(0.45, 0.85));
        float[] input = SketchRenderer.toMnist(List.of(new Stroke(0.05, seven))).orElseThrow();

        Evidence evidence = Evidence.of(predictor, input);

        assertEquals(7, evidence.answer());
        assertNotEquals(7, evidence.runnerUp());
        for (int i = 0; i < input.length; i++) {
            if (input[i] == 0) {
                assertEquals(0, evidence.map()[i], "a blank pixel is no evidence");
            }
        }
        List<Integer> ink = IntStream.range(0, input.length).filter(i -> input[i] > 0).boxed()
                .sorted(Comparator.comparingDouble(i -> -evidence.map()[i])).toList();
        double lead = lead(predictor, input, evidence);
        double withoutStrongest = lead(predictor, blanked(input, ink.subList(0, PIXELS)), evidence);
        double withoutWeakest = lead(predictor, blanked(input, ink.subList(ink.size() - PIXELS, ink.size())),
                evidence);
        System.out.printf("lead of 7 over %d: %.2f; without the %d strongest pixels %.2f, the %d weakest %.2f%n",
                evidence.runnerUp(), lead, PIXELS, withoutStrongest, PIXELS, withoutWeakest);
        assertTrue(lead - withoutStrongest > 0, "the strongest evidence is for the answer");
        assertTrue(lead - withoutStrongest > lead - withoutWeakest,
                "strongest cost " + (lead - withoutStrongest) + ", weakest " + (lead - withoutWeakest));
    }

    private static float[] blanked(float[] input, List<Integer> pixels) {
        float[] copy = input.clone();
        pixels.forEach(i -> copy[i] = 0);
        return copy;
    }

    private static double lead(Predictor predictor, float[] input, Evidence evidence) {
        float[] p = predictor.probabilities(input);
        return Math.log(p[evidence.answer()]) - Math.log(p[evidence.runnerUp()]);
    }
}
