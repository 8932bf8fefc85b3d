package org.digitworkbench.ml.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the errors changed between two evaluations of the same test set (two epochs, or two models):
 * images newly got right ({@code fixed}, as they were misclassified before) and newly got wrong ({@code broken}).
 */
public record ErrorChanges(List<Misclassification> fixed, List<Misclassification> broken) {

    public static ErrorChanges between(EvaluationResult before, EvaluationResult after) {
        Map<Integer, Misclassification> wrongBefore = byIndex(before);
        Map<Integer, Misclassification> wrongAfter = byIndex(after);
        List<Misclassification> fixed = before.misclassified().stream()
                .filter(m -> !wrongAfter.containsKey(m.index())).toList();
        List<Misclassification> broken = after.misclassified().stream()
                .filter(m -> !wrongBefore.containsKey(m.index())).toList();
        return new ErrorChanges(fixed, broken);
    }

    private static Map<Integer, Misclassification> byIndex(EvaluationResult result) {
        return result.misclassified().stream().collect(Collectors.toMap(Misclassification::index, Function.identity()));
    }
}
