package org.digitworkbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads the four IDX files of a data set from one folder. */
public final class DatasetLoader {

    private DatasetLoader() {
    }

    /**
     * Reads {@code <rawName>} for each file of {@code id} from {@code dir}, falling back to
     * {@code <rawName>.gz} when only the compressed file is there.
     */
    public static DatasetSplits load(DatasetId id, Path dir) throws IOException {
        LabeledImages train = IdxReader.read(
                locate(id, dir, DataFileRole.TRAIN_IMAGES), locate(id, dir, DataFileRole.TRAIN_LABELS));
        LabeledImages test = IdxReader.read(
                locate(id, dir, DataFileRole.TEST_IMAGES), locate(id, dir, DataFileRole.TEST_LABELS));
        return new DatasetSplits(id, train, test);
    }

    /** Only the test split: what evaluating a model needs, without reading 47 MB of training images. */
    public static LabeledImages loadTest(DatasetId id, Path dir) throws IOException {
        return IdxReader.read(locate(id, dir, DataFileRole.TEST_IMAGES), locate(id, dir, DataFileRole.TEST_LABELS));
    }

    /** Only the training split (the test split was read already). */
    public static LabeledImages loadTrain(DatasetId id, Path dir) throws IOException {
        return IdxReader.read(locate(id, dir, DataFileRole.TRAIN_IMAGES), locate(id, dir, DataFileRole.TRAIN_LABELS));
    }

    private static Path locate(DatasetId id, Path dir, DataFileRole role) throws NoSuchFileException {
        DataFile file = id.file(role);
        Path raw = dir.resolve(file.rawName());
        if (Files.isRegularFile(raw)) {
            return raw;
        }
        Path gz = dir.resolve(file.gzName());
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        throw new NoSuchFileException(raw.toString(), null,
                id.displayName() + " file missing (neither " + file.rawName() + " nor " + file.gzName() + " in " + dir + ")");
    }
}
