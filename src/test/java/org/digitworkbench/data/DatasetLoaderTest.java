package org.digitworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsTrainAndTestFromOneFolderRawOrGzip() throws IOException {
        IdxFixtures.write(dir.resolve("train-images-idx3-ubyte"), IdxFixtures.images(6, 28, 28));
        IdxFixtures.write(dir.resolve("train-labels-idx1-ubyte"), IdxFixtures.labels(6, 0));
        IdxFixtures.write(dir.resolve("t10k-images-idx3-ubyte.gz"), IdxFixtures.gzip(IdxFixtures.images(2, 28, 28)));
        IdxFixtures.write(dir.resolve("t10k-labels-idx1-ubyte"), IdxFixtures.labels(2, 8));

        DatasetSplits splits = DatasetLoader.load(DatasetId.FASHION_MNIST, dir);

        assertEquals(DatasetId.FASHION_MNIST, splits.id());
        assertEquals(6, splits.train().count());
        assertEquals(2, splits.test().count());
        assertEquals(9, splits.test().label(1));
    }

    @Test
    void loadsTheTestSplitAloneWithoutTheTrainingFiles() throws IOException {
        IdxFixtures.write(dir.resolve("t10k-images-idx3-ubyte"), IdxFixtures.images(3, 28, 28));
        IdxFixtures.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), IdxFixtures.gzip(IdxFixtures.labels(3, 4)));

        LabeledImages test = DatasetLoader.loadTest(DatasetId.MNIST, dir);

        assertEquals(3, test.count());
        assertEquals(6, test.label(2), "labels 4, 5, 6");
    }

    @Test
    void namesTheMissingFile() {
        IdxFixtures.write(dir.resolve("train-images-idx3-ubyte"), IdxFixtures.images(1, 28, 28));
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> DatasetLoader.load(DatasetId.MNIST, dir));
        assertTrue(e.getMessage().contains("MNIST file missing (neither train-labels-idx1-ubyte nor "
                + "train-labels-idx1-ubyte.gz in " + dir + ")"), e.getMessage());
    }
}
