package org.digitworkbench.ml.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How a model does on one class, from the confusion matrix (rows actual, columns predicted): precision (of the
 * images it calls this class, the share that are), recall (of the images of this class, the share it finds), their
 * harmonic mean F1, and support (how many images of the class there are). A share with nothing to divide by
 * (the class never predicted, or absent) is null rather than NaN, which JSON cannot hold.
 */
public record ClassFigures(int classIndex, Double precision, Double recall, Double f1, int support) {

    /** One entry per class, in class order. */
    public static List<ClassFigures> of(int[][] confusion) {
        List<ClassFigures> figures = new ArrayList<>(confusion.length);
        for (int c = 0; c < confusion.length; c++) {
            int right = confusion[c][c];
            int actual = 0;
            int predicted = 0;
            for (int other = 0; other < confusion.length; other++) {
                actual += confusion[c][other];
                predicted += confusion[other][c];
            }
            Double precision = predicted == 0 ? null : (double) right / predicted;
            Double recall = actual == 0 ? null : (double) right / actual;
            Double f1 = precision == null || recall == null ? null
                    : precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
            figures.add(new ClassFigures(c, precision, recall, f1, actual));
        }
        return List.copyOf(figures);
    }
}
