package org.digitworkbench.data.acquire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.digitworkbench.data.DataFile;
import org.digitworkbench.data.DataFileRole;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.IdxFixtures;

/**
 * A tiny data set under the real file names (5 training and 3 test images), with its own checksums,
 * so acquisition can be tested without the real 55 MB.
 */
final class FixtureDataset {

    static final int TRAIN_COUNT = 5;
    static final int TEST_COUNT = 3;

    private final Map<String, byte[]> rawByName = new LinkedHashMap<>();
    private final Map<String, byte[]> gzByName = new LinkedHashMap<>();
    private final List<DataFile> files = new ArrayList<>();

    FixtureDataset() {
        DatasetId template = DatasetId.MNIST;
        add(template.file(DataFileRole.TRAIN_IMAGES), IdxFixtures.images(TRAIN_COUNT, 28, 28));
        add(template.file(DataFileRole.TRAIN_LABELS), IdxFixtures.labels(TRAIN_COUNT, 0));
        add(template.file(DataFileRole.TEST_IMAGES), IdxFixtures.images(TEST_COUNT, 28, 28));
        add(template.file(DataFileRole.TEST_LABELS), IdxFixtures.labels(TEST_COUNT, 5));
    }

    private void add(DataFile real, byte[] raw) {
        byte[] gz = gzip(raw, Deflater.DEFAULT_COMPRESSION);
        rawByName.put(real.rawName(), raw);
        gzByName.put(real.gzName(), gz);
        files.add(new DataFile(real.role(), real.rawName(), IdxFixtures.sha256(raw), IdxFixtures.sha256(gz), raw.length));
    }

    /** Expected files with both raw and gz checksums known. */
    List<DataFile> files() {
        return files;
    }

    /** Expected files as for MNIST, whose .gz checksums are unknown. */
    List<DataFile> filesWithoutGzChecksums() {
        return files.stream()
                .map(f -> new DataFile(f.role(), f.rawName(), f.rawSha256(), null, f.rawSize()))
                .toList();
    }

    Function<DatasetId, List<DataFile>> catalog() {
        return id -> files;
    }

    Map<String, byte[]> raw() {
        return rawByName;
    }

    Map<String, byte[]> gz() {
        return gzByName;
    }

    String trainImagesName() {
        return files.get(0).rawName();
    }

    void writeRaw(Path dir) {
        rawByName.forEach((name, bytes) -> IdxFixtures.write(dir.resolve(name), bytes));
    }

    void writeGz(Path dir) {
        gzByName.forEach((name, bytes) -> IdxFixtures.write(dir.resolve(name), bytes));
    }

    static byte[] gzip(byte[] content, int level) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
