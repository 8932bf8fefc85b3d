package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;

import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.data.acquire.ProgressListener;
import org.junit.jupiter.api.Test;

/** One copy of each split per process, whichever is asked for first. */
class DatasetRepositoryTest {
    @Test
    void theTestSplitReadAloneIsTheOneTheSplitsLaterHold() throws IOException {
        DatasetRepository data = DatasetRepository.at(TestData.cacheRoot());
        LabeledImages test = data.testImages(DatasetId.MNIST, ProgressListener.NONE);
        assertEquals(10_000, test.count());
        DatasetSplits both = data.load(DatasetId.MNIST, ProgressListener.NONE);
        assertSame(test, both.test(), "answers kept for the test images stay theirs");
        assertEquals(60_000, both.train().count());
        assertSame(both, data.load(DatasetId.MNIST, ProgressListener.NONE));
        assertSame(test, data.testImages(DatasetId.MNIST, ProgressListener.NONE));
    }

    @Test
    void theSplitsReadFirstGiveTheirTestSplit() throws IOException {
        DatasetRepository data = DatasetRepository.at(TestData.cacheRoot());
        DatasetSplits both = data.load(DatasetId.MNIST, ProgressListener.NONE);
        assertSame(both.test(), data.testImages(DatasetId.MNIST, ProgressListener.NONE));
    }
}
