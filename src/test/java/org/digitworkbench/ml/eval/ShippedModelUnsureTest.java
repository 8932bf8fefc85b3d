package org.digitworkbench.ml.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.Test;

/**
 * The shipped MNIST model on the generated sets, at its own threshold (report seeds, never the calibration's):
 * reads drawn digits, and says "not sure" of drawings that are not digits, kinds training never showed included.
 */
class ShippedModelUnsureTest {
    private static final long REPORT_SEED = 2 * SketchSets.CALIBRATION_SEEDS;

    @Test
    void readsDrawnDigitsAndIsUnsureOfEverythingElse() throws IOException {
        TrainedModel model = ModelStore.load(Path.of("models", "mnist.zip"));
        Predictor predictor = model.newPredictor();
        double threshold = model.card().unsureThreshold();
        UnsureReport digits = UnsureReport.measure(predictor, SketchSets.drawnDigits(50, REPORT_SEED), threshold);
        UnsureReport seen = UnsureReport.measure(predictor,
                SketchSets.nonDigits(20, REPORT_SEED, DatasetId.MNIST, false), threshold);
        UnsureReport unseen = UnsureReport.measure(predictor,
                SketchSets.nonDigits(20, REPORT_SEED, DatasetId.MNIST, true), threshold);
        double allFlagged = (seen.flagged() * seen.count() + unseen.flagged() * unseen.count())
                / (seen.count() + unseen.count());
        System.out.printf("shipped MNIST model, threshold %.3f: drawn digits %.1f%% right, %.1f%% accepted and right;"
                        + " non-digits flagged %.1f%% (%.1f%% of the kinds trained on, %.1f%% of the six held out)%n",
                threshold, digits.accuracy() * 100, digits.acceptedAndRight() * 100, allFlagged * 100,
                seen.flagged() * 100, unseen.flagged() * 100);
        assertTrue(digits.accuracy() >= 0.98, "drawn digits read right: " + digits);
        assertTrue(digits.acceptedAndRight() >= 0.95, "drawn digits accepted and right: " + digits);
        assertTrue(allFlagged >= 0.90, "non-digits flagged unsure: " + allFlagged);
        assertTrue(unseen.flagged() >= 0.6, "non-digits of held-out kinds flagged unsure: " + unseen);
    }

    /** Real digits opened in Draw (test images enlarged to the canvas) are read, at most 1% called unsure. */
    @Test
    void takesRealDigitsThroughTheCanvas() throws IOException {
        TrainedModel model = ModelStore.load(Path.of("models", "mnist.zip"));
        UnsureReport canvas = UnsureReport.measure(model.newPredictor(), SketchSets.throughCanvas(
                TestData.load(DatasetId.MNIST).test(), 10_000, DatasetId.MNIST), model.card().unsureThreshold());
        assertTrue(canvas.flagged() <= 0.01, "test digits through the canvas flagged unsure: " + canvas);
        assertTrue(canvas.acceptedAndRight() >= 0.98, "test digits through the canvas accepted and right: " + canvas);
    }

    /** Real garments opened in Draw (Fashion-MNIST test images enlarged to the canvas): at most 1% called unsure. */
    @Test
    void theFashionModelTakesRealGarmentsThroughTheCanvas() throws IOException {
        TrainedModel model = ModelStore.load(Path.of("models", "fashion-mnist.zip"));
        DatasetId fashion = DatasetId.FASHION_MNIST;
        UnsureReport canvas = UnsureReport.measure(model.newPredictor(), SketchSets.throughCanvas(
                TestData.load(fashion).test(), 10_000, fashion), model.card().unsureThreshold());
        assertTrue(canvas.flagged() <= 0.01, "test images through the canvas flagged unsure: " + canvas);
    }

    /** Drawings that are no garment are "not sure" for the Fashion-MNIST model, while drawn garments are read. */
    @Test
    void theFashionModelReadsDrawnGarmentsAndIsUnsureOfWhatIsNoGarment() throws IOException {
        TrainedModel model = ModelStore.load(Path.of("models", "fashion-mnist.zip"));
        Predictor predictor = model.newPredictor();
        double threshold = model.card().unsureThreshold();
        DatasetId fashion = DatasetId.FASHION_MNIST;
        UnsureReport[] noGarments = {
            UnsureReport.measure(predictor, SketchSets.nonDigits(20, REPORT_SEED, fashion, false), threshold),
            UnsureReport.measure(predictor, SketchSets.nonDigits(20, REPORT_SEED, fashion, true), threshold),
            UnsureReport.measure(predictor, SketchSets.drawnDigitsFor(fashion, 12, REPORT_SEED), threshold)};
        double flagged = 0;
        int count = 0;
        for (UnsureReport r : noGarments) {
            flagged += r.flagged() * r.count();
            count += r.count();
        }
        assertTrue(flagged / count >= 0.80, "drawings that are no garment flagged unsure: " + flagged / count);
        UnsureReport garments = UnsureReport.measure(predictor, SketchSets.drawnGarments(12, REPORT_SEED), threshold);
        assertTrue(garments.acceptedAndRight() >= 0.80, "drawn garments accepted and right: " + garments);
    }
}
