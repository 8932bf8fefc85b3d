package org.digitworkbench.ml.train;

import java.util.ArrayList;
import java.util.List;

/**
 * How a run checks itself on images it does not train on. {@code images} are held out of the training set
 * (0: none); {@code keepBest} returns the weights of the epoch with the best validation accuracy;
 * {@code patience} > 0 stops after that many epochs without a better one; {@code testEachEpoch} scores the
 * test set after every epoch rather than once at the end.
 */
public record ValidationPlan(int images, boolean keepBest, int patience, boolean testEachEpoch) {
    public static final int DEFAULT_IMAGES = 5000;

    /** Nothing held out, the test set scored after every epoch: how runs went before validation existed. */
    public static final ValidationPlan NONE = new ValidationPlan(0, false, 0, true);

    public boolean holdsOut() {
        return images > 0;
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (images < 0) {
            problems.add("validation must be 0 (none) or a positive number of images (got " + images + ")");
        }
        if (patience < 0) {
            problems.add("patience must be 0 (never stop early) or a positive number of epochs (got " + patience + ")");
        }
        if (images == 0 && keepBest) {
            problems.add("keeping the best epoch needs validation images");
        }
        if (images == 0 && patience > 0) {
            problems.add("stopping early needs validation images");
        }
        return problems;
    }
}
