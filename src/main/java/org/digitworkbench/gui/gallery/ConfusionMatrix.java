package org.digitworkbench.gui.gallery;

import java.util.List;
import java.util.Locale;

import org.digitworkbench.ml.eval.ClassFigures;

/** Read-only view of a confusion matrix (rows actual, columns predicted) with the sums the view needs. */
public final class ConfusionMatrix {
    private final int[][] counts;

    public ConfusionMatrix(int[][] counts) {
        for (int[] row : counts) {
            if (row.length != counts.length) {
                throw new IllegalArgumentException("confusion matrix must be square");
            }
        }
        this.counts = counts;
    }

    public int size() {
        return counts.length;
    }

    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** Test images whose actual class is {@code actual}. */
    public int rowTotal(int actual) {
        int total = 0;
        for (int count : counts[actual]) {
            total += count;
        }
        return total;
    }

    /** Precision, recall, F1 and support of each class. */
    public List<ClassFigures> figures() {
        return ClassFigures.of(counts);
    }

    /** Share of class {@code actual} predicted right; NaN when the class has no test images. */
    public double classAccuracy(int actual) {
        int total = rowTotal(actual);
        return total == 0 ? Double.NaN : (double) counts[actual][actual] / total;
    }

    public int maxDiagonal() {
        int max = 0;
        for (int i = 0; i < counts.length; i++) {
            max = Math.max(max, counts[i][i]);
        }
        return max;
    }

    public int maxOffDiagonal() {
        int max = 0;
        for (int a = 0; a < counts.length; a++) {
            for (int p = 0; p < counts.length; p++) {
                if (a != p) {
                    max = Math.max(max, counts[a][p]);
                }
            }
        }
        return max;
    }

    /**
     * Shade of a cell, 0 (empty) to 1 (the largest of its kind): diagonal cells against the largest diagonal
     * cell, errors against the largest error cell, on a square-root scale so single errors still show.
     */
    public double shade(int actual, int predicted) {
        int max = actual == predicted ? maxDiagonal() : maxOffDiagonal();
        int count = counts[actual][predicted];
        return max == 0 || count == 0 ? 0 : Math.sqrt((double) count / max);
    }

    /**
     * The matrix as CSV: a header row ({@code corner}, the class names, {@code accuracyHeader}), then one row
     * per actual class with its counts and its accuracy (0 to 1, four decimals). Lines end with CRLF (RFC 4180).
     */
    public String toCsv(List<String> classNames, String corner, String accuracyHeader) {
        if (classNames.size() != counts.length) {
            throw new IllegalArgumentException("need " + counts.length + " class names, got " + classNames.size());
        }
        StringBuilder csv = new StringBuilder();
        csv.append(quote(corner));
        for (String name : classNames) {
            csv.append(',').append(quote(name));
        }
        csv.append(',').append(quote(accuracyHeader)).append("\r\n");
        for (int a = 0; a < counts.length; a++) {
            csv.append(quote(classNames.get(a)));
            for (int p = 0; p < counts.length; p++) {
                csv.append(',').append(counts[a][p]);
            }
            double accuracy = classAccuracy(a);
            csv.append(',').append(Double.isNaN(accuracy) ? "" : String.format(Locale.ROOT, "%.4f", accuracy))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
