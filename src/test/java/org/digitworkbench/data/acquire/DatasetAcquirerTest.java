package org.digitworkbench.data.acquire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetLoader;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.IdxFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetAcquirerTest {

    @TempDir
    Path cacheRoot;

    private final FixtureDataset fixture = new FixtureDataset();

    private DatasetAcquirer acquirer(DatasetSource... sources) {
        return new DatasetAcquirer(cacheRoot, List.of(sources), fixture.catalog());
    }

    private List<String> cachedMnistFiles() {
        return List.of("mnist", "mnist/t10k-images-idx3-ubyte", "mnist/t10k-labels-idx1-ubyte",
                "mnist/train-images-idx3-ubyte", "mnist/train-labels-idx1-ubyte");
    }

    @Test
    void usesAVerifiedCacheWithoutAskingAnySource() throws IOException {
        fixture.writeRaw(cacheRoot.resolve("mnist"));
        TestSource source = TestSource.failing("never", "must not be asked");

        AcquiredDataset acquired = acquirer(source).acquire(DatasetId.MNIST, ProgressListener.NONE);

        assertEquals(new AcquiredDataset(DatasetId.MNIST, cacheRoot.resolve("mnist"), "cache"), acquired);
        assertEquals(0, source.calls());
    }

    @Test
    void triesSourcesInOrderAndKeepsTheFirstThatDelivers() throws IOException {
        TestSource offline = TestSource.failing("offline", "no network");
        TestSource gzipped = new TestSource("gzipped", fixture::writeGz);
        TestSource later = new TestSource("later", fixture::writeRaw);

        AcquiredDataset acquired = acquirer(offline, gzipped, later).acquire(DatasetId.MNIST, ProgressListener.NONE);

        assertEquals("gzipped", acquired.source());
        assertEquals(List.of(1, 1, 0), List.of(offline.calls(), gzipped.calls(), later.calls()));
        assertEquals(cachedMnistFiles(), CacheContents.everything(cacheRoot), "only the verified raw files remain");
        assertArrayEquals(fixture.raw().get(fixture.trainImagesName()),
                Files.readAllBytes(acquired.dir().resolve(fixture.trainImagesName())));
        DatasetSplits loaded = DatasetLoader.load(DatasetId.MNIST, acquired.dir());
        assertEquals(FixtureDataset.TRAIN_COUNT, loaded.train().count());
        assertEquals(FixtureDataset.TEST_COUNT, loaded.test().count());
    }

    @Test
    void removesStagingFoldersLeftByAKilledFetchButNotOnesInUse() throws IOException {
        Path abandoned = Files.createDirectories(cacheRoot.resolve(".staging-mnist-killed"));
        Files.writeString(abandoned.resolve(".in-use"), "");
        Files.write(abandoned.resolve(fixture.trainImagesName() + ".gz"), new byte[4096]);
        Path otherDataset = Files.createDirectories(cacheRoot.resolve(".staging-fashion-mnist-killed"));
        Files.writeString(otherDataset.resolve(".in-use"), "");
        fixture.writeRaw(cacheRoot.resolve("mnist"));

        try (StagingFolder inUse = StagingFolder.create(cacheRoot, "mnist")) {
            assertEquals("cache", acquirer(TestSource.failing("never", "not asked"))
                    .acquire(DatasetId.MNIST, ProgressListener.NONE).source());

            assertFalse(Files.exists(abandoned), "the killed fetch's folder is gone");
            assertTrue(Files.isDirectory(inUse.dir()), "a folder whose acquisition still runs stays");
            assertTrue(Files.isDirectory(otherDataset), "other data sets' folders wait for their own acquisition");
        }
    }

    @Test
    void secondAcquisitionComesFromTheCache() throws IOException {
        DatasetAcquirer acquirer = acquirer(new TestSource("raw", fixture::writeRaw));
        assertEquals("raw", acquirer.acquire(DatasetId.MNIST, ProgressListener.NONE).source());
        assertEquals("cache", acquirer.acquire(DatasetId.MNIST, ProgressListener.NONE).source());
    }

    @Test
    void refusesAWrongChecksumAndLeavesNothingInTheCache() {
        TestSource corrupt = new TestSource("corrupt", dir -> {
            fixture.writeRaw(dir);
            byte[] bytes = fixture.raw().get(fixture.trainImagesName()).clone();
            bytes[500] ^= 1;
            Files.write(dir.resolve(fixture.trainImagesName()), bytes);
        });

        AcquisitionException e = assertThrows(AcquisitionException.class,
                () -> acquirer(corrupt).acquire(DatasetId.MNIST, ProgressListener.NONE));

        String expectedSha = fixture.files().get(0).rawSha256();
        assertTrue(e.getMessage().contains("corrupt: train-images-idx3-ubyte: sha256 mismatch: expected "
                + expectedSha + ", got "), e.getMessage());
        assertEquals(List.of(), CacheContents.everything(cacheRoot));
    }

    @Test
    void refusesAGzipWhoseOwnChecksumIsWrongEvenIfItsContentIsRight() {
        TestSource recompressed = new TestSource("recompressed", dir -> fixture.raw().forEach((name, raw) ->
                IdxFixtures.write(dir.resolve(name + ".gz"), FixtureDataset.gzip(raw, Deflater.BEST_SPEED))));

        AcquisitionException e = assertThrows(AcquisitionException.class,
                () -> acquirer(recompressed).acquire(DatasetId.MNIST, ProgressListener.NONE));

        assertTrue(e.getMessage().contains("recompressed: train-images-idx3-ubyte.gz: sha256 mismatch"), e.getMessage());
        assertEquals(List.of(), CacheContents.everything(cacheRoot));
    }

    @Test
    void acceptsAnyGzipWhenOnlyTheRawChecksumIsKnown() throws IOException {
        TestSource recompressed = new TestSource("recompressed", dir -> fixture.raw().forEach((name, raw) ->
                IdxFixtures.write(dir.resolve(name + ".gz"), FixtureDataset.gzip(raw, Deflater.BEST_SPEED))));
        DatasetAcquirer acquirer = new DatasetAcquirer(cacheRoot, List.of(recompressed),
                id -> fixture.filesWithoutGzChecksums());

        assertEquals("recompressed", acquirer.acquire(DatasetId.MNIST, ProgressListener.NONE).source());
    }

    @Test
    void aSourceThatDiesHalfwayLeavesNoPartialFileAndTheNextOneIsUsed() throws IOException {
        TestSource dying = new TestSource("dying", dir -> {
            Files.write(dir.resolve(fixture.trainImagesName()), new byte[100]);
            throw new IOException("connection reset");
        });

        AcquiredDataset acquired = acquirer(dying, new TestSource("good", fixture::writeRaw))
                .acquire(DatasetId.MNIST, ProgressListener.NONE);

        assertEquals("good", acquired.source());
        assertFalse(Files.exists(dying.stagingDirsSeen().get(0)), "the failed staging folder is removed");
        assertEquals(cachedMnistFiles(), CacheContents.everything(cacheRoot));
    }

    @Test
    void replacesACorruptCachedCopy() throws IOException {
        fixture.writeRaw(cacheRoot.resolve("mnist"));
        Files.write(cacheRoot.resolve("mnist").resolve(fixture.trainImagesName()), new byte[3936]);

        AcquiredDataset acquired = acquirer(new TestSource("good", fixture::writeRaw))
                .acquire(DatasetId.MNIST, ProgressListener.NONE);

        assertEquals("good", acquired.source());
        assertArrayEquals(fixture.raw().get(fixture.trainImagesName()),
                Files.readAllBytes(acquired.dir().resolve(fixture.trainImagesName())));
    }

    @Test
    void whenEverySourceFailsTheMessageHasOneLinePerSource() {
        TestSource incomplete = new TestSource("incomplete", dir ->
                IdxFixtures.write(dir.resolve(fixture.trainImagesName()), fixture.raw().get(fixture.trainImagesName())));
        DatasetAcquirer acquirer = acquirer(
                TestSource.failing("first", "host not found"),
                TestSource.failing("second", "package lists missing\nrun apt-get update"),
                incomplete);

        AcquisitionException e = assertThrows(AcquisitionException.class,
                () -> acquirer.acquire(DatasetId.MNIST, ProgressListener.NONE));

        assertEquals("Could not obtain MNIST (mnist); every source failed:\n"
                + "  - cache: no verified copy in " + cacheRoot.resolve("mnist") + "\n"
                + "  - first: host not found\n"
                + "  - second: package lists missing | run apt-get update\n"
                + "  - incomplete: missing train-labels-idx1-ubyte (neither it nor train-labels-idx1-ubyte.gz was provided)",
                e.getMessage());
        assertEquals(4, e.failures().size());
        assertEquals(List.of(), CacheContents.everything(cacheRoot));
    }

    @Test
    void anInterruptionStopsTheSearch() {
        TestSource interrupted = new TestSource("interrupted", dir -> {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while downloading");
        });
        TestSource after = new TestSource("after", fixture::writeRaw);
        try {
            AcquisitionException e = assertThrows(AcquisitionException.class,
                    () -> acquirer(interrupted, after).acquire(DatasetId.MNIST, ProgressListener.NONE));
            assertTrue(e.getMessage().endsWith("  - interrupted: interrupted while downloading\n"
                    + "  - after: not tried, interrupted"), e.getMessage());
            assertEquals(0, after.calls());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is kept for the caller");
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of(), CacheContents.everything(cacheRoot));
    }

    @Test
    void reportsVerificationProgress() throws IOException {
        List<String> stages = new ArrayList<>();
        acquirer(new TestSource("gz", fixture::writeGz))
                .acquire(DatasetId.MNIST, (stage, done, total) -> {
                    if (!stages.contains(stage)) {
                        stages.add(stage);
                    }
                });
        assertTrue(stages.contains("decompress train-images-idx3-ubyte.gz"), stages.toString());
        assertTrue(stages.contains("verify train-images-idx3-ubyte"), stages.toString());
    }
}
