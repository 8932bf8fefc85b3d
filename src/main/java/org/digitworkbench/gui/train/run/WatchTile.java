package org.digitworkbench.gui.train.run;

/**
 * One watched image as the strip shows it: its place in the strip's images, what it is, what the network read
 * ({@code predicted} -1 before the first reading), and the words for it.
 */
public record WatchTile(int index, int actual, int predicted, double confidence, String name, String accessible) {
    public enum Verdict { UNKNOWN, RIGHT, WRONG }

    public Verdict verdict() {
        return predicted < 0 ? Verdict.UNKNOWN : predicted == actual ? Verdict.RIGHT : Verdict.WRONG;
    }
}
