package org.digitworkbench.ml.eval;

import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.Predictor;

/**
 * Why the model said what it said, by occlusion (Zeiler and Fergus, 2014): each 6x6 patch of the input is
 * blanked in turn, and how much that lowers the answer's lead over the runner-up (in log-probabilities, which
 * do not saturate as probabilities near 100% do) is credited to the patch's pixels. {@code map} holds that per
 * pixel: positive where the ink pushed toward the answer, negative where it pushed toward the runner-up. One
 * batch of 145 images.
 */
public record Evidence(int answer, int runnerUp, float[] map) {
    static final int PATCH = 6;
    static final int STRIDE = 2;
    private static final int SIDE = Architecture.IMAGE_SIDE;

    public static Evidence of(Predictor predictor, float[] input) {
        int positions = (SIDE - PATCH) / STRIDE + 1;
        int count = positions * positions + 1;
        int size = Architecture.INPUT_SIZE;
        float[] batch = new float[count * size];
        System.arraycopy(input, 0, batch, 0, size);
        int image = 1;
        for (int py = 0; py < positions; py++) {
            for (int px = 0; px < positions; px++, image++) {
                System.arraycopy(input, 0, batch, image * size, size);
                for (int y = py * STRIDE; y < py * STRIDE + PATCH; y++) {
                    for (int x = px * STRIDE; x < px * STRIDE + PATCH; x++) {
                        batch[image * size + y * SIDE + x] = 0;
                    }
                }
            }
        }
        float[][] p = predictor.probabilities(batch, count);
        int answer = Predictor.argMax(p[0]);
        int runnerUp = answer == 0 ? 1 : 0;
        for (int c = 0; c < p[0].length; c++) {
            if (c != answer && p[0][c] > p[0][runnerUp]) {
                runnerUp = c;
            }
        }
        float[] sum = new float[size];
        int[] covered = new int[size];
        image = 1;
        for (int py = 0; py < positions; py++) {
            for (int px = 0; px < positions; px++, image++) {
                float credit = (float) (lead(p[0], answer, runnerUp) - lead(p[image], answer, runnerUp));
                for (int y = py * STRIDE; y < py * STRIDE + PATCH; y++) {
                    for (int x = px * STRIDE; x < px * STRIDE + PATCH; x++) {
                        sum[y * SIDE + x] += credit;
                        covered[y * SIDE + x]++;
                    }
                }
            }
        }
        float[] map = new float[size];
        for (int i = 0; i < size; i++) {
            // only ink can be evidence: blanking a blank pixel changes nothing the network sees
            map[i] = input[i] > 0 && covered[i] > 0 ? sum[i] / covered[i] : 0;
        }
        return new Evidence(answer, runnerUp, map);
    }

    private static double lead(float[] p, int answer, int runnerUp) {
        return Math.log(Math.max(p[answer], 1e-12)) - Math.log(Math.max(p[runnerUp], 1e-12));
    }
}
