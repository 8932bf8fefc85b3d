package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.digitworkbench.TestData;
import org.digitworkbench.app.AnswersCache;
import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.gui.TinyModel;
import org.digitworkbench.ml.eval.Answers;
import org.digitworkbench.ml.eval.EvaluationResult;
import org.digitworkbench.ml.eval.Evaluator;
import org.digitworkbench.ml.model.TrainedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gallery's evaluation is kept, not redone: a restart (a new engine on the same cache) takes the answers from
 * disk, a changed model is asked afresh, and "All images" on the test split takes the evaluation's answers.
 */
class GalleryEngineCacheTest {
    @TempDir
    Path dir;

    private GalleryEngine engine(AnswersCache cache) {
        return new GalleryEngine(DatasetRepository.at(TestData.cacheRoot()), new DrawingStore(dir.resolve("d")), cache);
    }

    private static EvaluationResult evaluated(GalleryEngine engine, TrainedModel model) throws Exception {
        return engine.evaluate(DatasetId.MNIST, model, share -> { }).get(120, TimeUnit.SECONDS).result();
    }

    @Test
    void aRestartTakesTheKeptAnswersAndAChangedModelIsAskedAgain() throws Exception {
        TrainedModel tiny = TinyModel.mnist();
        LabeledImages test = TestData.mnist().test();
        AnswersCache cache = new AnswersCache(dir.resolve("answers"));
        EvaluationResult first;
        try (GalleryEngine engine = engine(cache)) {
            first = evaluated(engine, tiny);
        }
        assertEquals(Evaluator.evaluate(tiny.newPredictor(), test).accuracy(), first.accuracy(), 1e-12);
        assertTrue(cache.read(tiny.fingerprint(), DatasetId.MNIST, true, test.count()).isPresent(), "kept");

        // what is on disk is what the next start shows: answers planted there (all "3") prove the model is not asked
        int[] threes = new int[test.count()];
        Arrays.fill(threes, 3);
        float[] sure = new float[test.count()];
        Arrays.fill(sure, 0.9f);
        cache.write(tiny.fingerprint(), DatasetId.MNIST, true, new Answers(threes, sure));
        try (GalleryEngine restarted = engine(cache)) {
            EvaluationResult again = evaluated(restarted, tiny);
            int threesInTest = 0;
            for (int i = 0; i < test.count(); i++) {
                threesInTest += test.label(i) == 3 ? 1 : 0;
            }
            assertEquals((double) threesInTest / test.count(), again.accuracy(), 1e-12);

            // the same model retrained a little: another fingerprint, its own answers
            Map<String, INDArray> changed = new LinkedHashMap<>(tiny.params());
            String name = changed.keySet().iterator().next();
            changed.put(name, changed.get(name).mul(1.01));
            TrainedModel retrained = new TrainedModel(tiny.card(), changed);
            EvaluationResult fresh = evaluated(restarted, retrained);
            assertEquals(Evaluator.evaluate(retrained.newPredictor(), test).accuracy(), fresh.accuracy(), 1e-12);
        }
    }

    @Test
    void allImagesOfTheTestSplitTakeTheEvaluationsAnswers() throws Exception {
        TrainedModel tiny = TinyModel.mnist();
        try (GalleryEngine engine = engine(new AnswersCache(dir.resolve("answers")))) {
            EvaluationResult result = evaluated(engine, tiny);
            LabeledImages test = engine.load(DatasetId.MNIST).test(); // the images "All images" shows
            CompletableFuture<Answers> all = engine.answers(tiny, DatasetId.MNIST, true, test, share -> { });
            assertTrue(all.isDone(), "no batch asked again");
            EvaluationResult fromAll = Evaluator.evaluate(all.join(), test);
            assertTrue(result.misclassified().equals(fromAll.misclassified()), "the same answers");

            all.cancel(false); // the user turns away: the evaluation's answers stay
            assertTrue(engine.answers(tiny, DatasetId.MNIST, true, test, share -> { }).isDone());
        }
    }
}
