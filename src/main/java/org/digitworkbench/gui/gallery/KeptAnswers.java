package org.digitworkbench.gui.gallery;

import java.io.IOException;

import org.digitworkbench.app.AnswersCache;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.eval.Answers;
import org.digitworkbench.ml.model.TrainedModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One model's answers for one split in the {@link AnswersCache}, as an {@link AnswersJob} reads and keeps them. */
record KeptAnswers(AnswersCache cache, TrainedModel model, DatasetId dataset, boolean test, int count)
        implements AnswersJob.Store {
    private static final Logger LOG = LoggerFactory.getLogger(KeptAnswers.class);

    @Override
    public Answers read() {
        long start = System.nanoTime();
        Answers found = cache.read(model.fingerprint(), dataset, test, count).orElse(null);
        if (found != null) {
            LOG.info("Gallery: answers for {} {} images read from the cache in {} ms", count,
                    test ? "test" : "training", (System.nanoTime() - start) / 1_000_000);
        }
        return found;
    }

    @Override
    public void write(Answers answers) {
        try {
            cache.write(model.fingerprint(), dataset, test, answers);
        } catch (IOException | RuntimeException e) {
            LOG.info("Gallery: could not keep the answers for next time ({})", e.toString());
        }
    }
}
