package org.digitworkbench.data.acquire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.digitworkbench.TestData;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetLoader;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.LabeledImages;
import org.junit.jupiter.api.Test;

/**
 * Acquires the real data sets through the default sources, exactly as the application does. The
 * cache persists (system property {@code digitworkbench.test.data}, else {@code target/test-datasets})
 * so that only the first run in a checkout downloads anything.
 */
class RealDatasetAcquisitionTest {

    private static Path cacheRoot() {
        return TestData.cacheRoot();
    }

    private static DatasetSplits acquireAndLoad(DatasetId id) throws IOException {
        long start = System.nanoTime();
        AcquiredDataset acquired = DatasetAcquirer.withDefaults(cacheRoot()).acquire(id, ProgressListener.NONE);
        long acquiredMillis = (System.nanoTime() - start) / 1_000_000;
        DatasetSplits splits = DatasetLoader.load(id, acquired.dir());
        long totalMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: acquired from %s in %d ms, loaded after %d ms total (%s)%n",
                id.id(), acquired.source(), acquiredMillis, totalMillis, acquired.dir().toAbsolutePath());
        return splits;
    }

    private static void assertMnistShaped(DatasetSplits splits) {
        assertShape(splits.train(), 60000);
        assertShape(splits.test(), 10000);
    }

    private static void assertShape(LabeledImages images, int count) {
        assertEquals(count, images.count());
        assertEquals(28, images.rows());
        assertEquals(28, images.cols());
    }

    @Test
    void acquiresAndLoadsMnist() throws IOException {
        DatasetSplits splits = acquireAndLoad(DatasetId.MNIST);

        assertMnistShaped(splits);
        assertEquals(5, splits.train().label(0), "the first MNIST training digit is a 5");
        assertEquals(7, splits.test().label(0), "the first MNIST test digit is a 7");
    }

    @Test
    void acquiresAndLoadsFashionMnist() throws IOException {
        DatasetSplits splits = acquireAndLoad(DatasetId.FASHION_MNIST);

        assertMnistShaped(splits);
        assertEquals("Ankle boot", DatasetId.FASHION_MNIST.classNames().get(splits.train().label(0)));
        assertEquals("Ankle boot", DatasetId.FASHION_MNIST.classNames().get(splits.test().label(0)));
    }
}
