package org.digitworkbench.data.acquire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpMirrorSourceTest {

    private static final String CLOSED_PORT = "http://127.0.0.1:1/mnist";

    @TempDir
    Path cacheRoot;

    private final FixtureDataset fixture = new FixtureDataset();
    private LoopbackMirror mirror;

    @BeforeEach
    void startMirror() throws IOException {
        mirror = new LoopbackMirror(fixture);
    }

    @AfterEach
    void stopMirror() {
        mirror.close();
    }

    private DatasetAcquirer acquirer(Duration readTimeout, String... bases) {
        HttpMirrorSource source = new HttpMirrorSource(Map.of(DatasetId.MNIST, List.of(bases)),
                Duration.ofSeconds(2), readTimeout);
        return new DatasetAcquirer(cacheRoot, List.of(source), fixture.catalog());
    }

    private AcquisitionException failure(String... bases) {
        return assertThrows(AcquisitionException.class,
                () -> acquirer(Duration.ofSeconds(5), bases).acquire(DatasetId.MNIST, ProgressListener.NONE));
    }

    @Test
    void downloadsGzipFiles() throws IOException {
        AcquiredDataset acquired = acquirer(Duration.ofSeconds(5), mirror.base("gz"))
                .acquire(DatasetId.MNIST, ProgressListener.NONE);

        assertEquals("http-mirror", acquired.source());
        assertEquals(FixtureDataset.TRAIN_COUNT, DatasetLoader.load(DatasetId.MNIST, acquired.dir()).train().count());
    }

    @Test
    void fallsBackToUncompressedNames() throws IOException {
        AcquiredDataset acquired = acquirer(Duration.ofSeconds(5), mirror.base("raw"))
                .acquire(DatasetId.MNIST, ProgressListener.NONE);

        assertEquals(FixtureDataset.TEST_COUNT, DatasetLoader.load(DatasetId.MNIST, acquired.dir()).test().count());
    }

    @Test
    void fallsBackToTheNextMirror() throws IOException {
        AcquiredDataset acquired = acquirer(Duration.ofSeconds(5), CLOSED_PORT, mirror.base("gz"))
                .acquire(DatasetId.MNIST, ProgressListener.NONE);

        assertEquals("http-mirror", acquired.source());
    }

    @Test
    void reportsDownloadProgressWithTheContentLength() throws IOException {
        long[] lastTotal = {0};
        acquirer(Duration.ofSeconds(5), mirror.base("raw")).acquire(DatasetId.MNIST, (stage, done, total) -> {
            if (stage.equals("download train-images-idx3-ubyte")) {
                lastTotal[0] = total;
            }
        });
        assertEquals(fixture.raw().get(fixture.trainImagesName()).length, lastTotal[0]);
    }

    @Test
    void wrongContentIsRefusedAndNotCached() {
        AcquisitionException e = failure(mirror.base("bad"));

        assertTrue(e.getMessage().contains("http-mirror: train-images-idx3-ubyte: sha256 mismatch"), e.getMessage());
        assertEquals(List.of(), CacheContents.everything(cacheRoot));
    }

    @Test
    void aConnectionDroppedMidwayFailsWithoutPartialFile() {
        AcquisitionException e = failure(mirror.base("drop"));

        String url = mirror.base("drop") + "/train-images-idx3-ubyte";
        assertTrue(e.getMessage().contains("http-mirror: " + mirror.base("drop") + ": " + url), e.getMessage());
        assertTrue(e.getMessage().contains("after 1968 "), "says how far it got: " + e.getMessage());
        assertEquals(List.of(), CacheContents.everything(cacheRoot));
    }

    @Test
    void aStalledDownloadGivesUpAfterTheReadTimeout() {
        long start = System.nanoTime();
        AcquisitionException e = assertThrows(AcquisitionException.class,
                () -> acquirer(Duration.ofMillis(500), mirror.base("stall")).acquire(DatasetId.MNIST, ProgressListener.NONE));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(e.getMessage().contains("train-images-idx3-ubyte: no data for 500 ms after 1968 bytes"), e.getMessage());
        assertTrue(millis < LoopbackMirror.STALL_MILLIS, "gave up after " + millis + " ms");
        assertEquals(List.of(), CacheContents.everything(cacheRoot));
    }

    @Test
    void anUnreachableMirrorFailsFast() {
        long start = System.nanoTime();
        AcquisitionException e = failure(CLOSED_PORT);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(e.getMessage().contains("http-mirror: " + CLOSED_PORT + ": "), e.getMessage());
        assertTrue(millis < 2000, "took " + millis + " ms");
    }

    @Test
    void aMirrorWithoutTheFilesSaysWhatItAnswered() {
        AcquisitionException e = failure(mirror.base("nothing-here"));

        String base = mirror.base("nothing-here");
        assertTrue(e.getMessage().contains("http-mirror: " + base + ": " + base
                + "/train-images-idx3-ubyte.gz answered HTTP 404, " + base + "/train-images-idx3-ubyte answered HTTP 404"),
                e.getMessage());
    }

    @Test
    void aDataSetWithoutMirrorsIsRefused() {
        HttpMirrorSource source = new HttpMirrorSource(Map.of(), Duration.ofSeconds(1), Duration.ofSeconds(1));
        IOException e = assertThrows(IOException.class,
                () -> source.acquire(DatasetId.FASHION_MNIST, cacheRoot, ProgressListener.NONE));
        assertEquals("no mirror configured for fashion-mnist", e.getMessage());
    }
}
