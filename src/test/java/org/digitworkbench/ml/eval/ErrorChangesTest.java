package org.digitworkbench.ml.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ErrorChangesTest {
    private static EvaluationResult wrong(Misclassification... errors) {
        return new EvaluationResult(0.9, new int[10][10], List.of(errors));
    }

    @Test
    void fixedAndBrokenImagesAreTellApart() {
        Misclassification a = new Misclassification(3, 7, 1, 0.9);
        Misclassification b = new Misclassification(8, 4, 9, 0.6);
        Misclassification bLater = new Misclassification(8, 4, 6, 0.5);
        Misclassification c = new Misclassification(12, 2, 3, 0.7);

        ErrorChanges changes = ErrorChanges.between(wrong(a, b), wrong(bLater, c));

        assertEquals(List.of(a), changes.fixed(), "index 3 was wrong and is now right");
        assertEquals(List.of(c), changes.broken(), "index 12 was right and is now wrong");
    }

    @Test
    void noChangeBetweenEqualEvaluations() {
        Misclassification a = new Misclassification(3, 7, 1, 0.9);
        ErrorChanges changes = ErrorChanges.between(wrong(a), wrong(a));
        assertEquals(List.of(), changes.fixed());
        assertEquals(List.of(), changes.broken());
    }
}
