package org.digitworkbench.ml.eval;

import java.util.List;

/** Accuracy, confusion matrix (rows actual, columns predicted) and every misclassified test image. */
public record EvaluationResult(double accuracy, int[][] confusion, List<Misclassification> misclassified) {

    public int total() {
        int total = 0;
        for (int[] row : confusion) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }
}
