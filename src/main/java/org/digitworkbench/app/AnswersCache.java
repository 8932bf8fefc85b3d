package org.digitworkbench.app;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.digitworkbench.data.DataFileRole;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.eval.Answers;
import org.digitworkbench.ml.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model's answers for a whole split, kept on disk so the Gallery does not ask the model again after a restart.
 * A file is named by the model's {@linkplain org.digitworkbench.ml.model.TrainedModel#fingerprint() fingerprint},
 * the data set and split, and the split's files' SHA-256: a model changed, retrained or replaced, or other data,
 * never meets an old file. It is a cache: a file that does not read back exactly as written is ignored (and
 * replaced), and only the {@value #KEEP} newest files are kept. Thread-safe.
 */
public final class AnswersCache {
    private static final Logger LOG = LoggerFactory.getLogger(AnswersCache.class);
    private static final int MAGIC = 0x44574131; // "DWA1"
    private static final int HEADER = 2 * Integer.BYTES;
    /** More than either split of either data set; a file claiming more is not ours. */
    static final int MAX_IMAGES = 100_000;
    static final int KEEP = 64;
    private static final String SUFFIX = ".answers";
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;

    public AnswersCache(Path dir) {
        this.dir = dir;
    }

    /** In {@code cache/answers} under the workbench home. */
    public static AnswersCache in(WorkbenchHome home) {
        return new AnswersCache(home.cache().resolve("answers"));
    }

    /** The answers stored for this model on that split, when a sound file for exactly {@code count} images is there. */
    public Optional<Answers> read(String fingerprint, DatasetId dataset, boolean test, int count) {
        Path file = file(fingerprint, dataset, test);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            long expected = HEADER + (long) count * (Byte.BYTES + Float.BYTES);
            long size = Files.size(file);
            if (count > MAX_IMAGES || size != expected) { // checked before anything is read or allocated
                return ignored(file, size + " bytes where " + expected + " were expected");
            }
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
            if (bytes.remaining() != expected || bytes.getInt() != MAGIC || bytes.getInt() != count) {
                return ignored(file, "not the answers for " + count + " images");
            }
            int[] predicted = new int[count];
            float[] confidence = new float[count];
            for (int i = 0; i < count; i++) {
                predicted[i] = bytes.get();
                if (predicted[i] < 0 || predicted[i] >= Architecture.CLASSES) {
                    return ignored(file, "class " + predicted[i] + " at image " + i);
                }
            }
            for (int i = 0; i < count; i++) {
                confidence[i] = bytes.getFloat();
                if (!(confidence[i] >= 0 && confidence[i] <= 1)) {
                    return ignored(file, "probability " + confidence[i] + " at image " + i);
                }
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis())); // recently used
            return Optional.of(new Answers(predicted, confidence));
        } catch (IOException e) {
            return ignored(file, e.toString());
        }
    }

    /** Stores the answers (atomically), then drops the least recently used files beyond {@value #KEEP}. */
    public void write(String fingerprint, DatasetId dataset, boolean test, Answers answers) throws IOException {
        if (answers.count() > MAX_IMAGES) {
            throw new IllegalArgumentException(answers.count() + " answers, at most " + MAX_IMAGES + " are kept");
        }
        AtomicFiles.write(file(fingerprint, dataset, test), stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeInt(MAGIC);
            out.writeInt(answers.count());
            for (int answer : answers.predicted()) {
                out.writeByte(answer);
            }
            for (float probability : answers.confidence()) {
                out.writeFloat(probability);
            }
            out.flush();
        });
        prune();
    }

    Path file(String fingerprint, DatasetId dataset, boolean test) {
        if (!FINGERPRINT.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("not a model fingerprint: " + fingerprint);
        }
        DataFileRole images = test ? DataFileRole.TEST_IMAGES : DataFileRole.TRAIN_IMAGES;
        DataFileRole labels = test ? DataFileRole.TEST_LABELS : DataFileRole.TRAIN_LABELS;
        String data = sha256(dataset.file(images).rawSha256() + dataset.file(labels).rawSha256()).substring(0, 16);
        return dir.resolve(fingerprint + "-" + dataset.id() + "-" + (test ? "test" : "training") + "-" + data + SUFFIX);
    }

    private void prune() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            all.forEach(files::add);
        }
        if (files.size() <= KEEP) {
            return;
        }
        files.sort(Comparator.comparing(AnswersCache::modified).reversed());
        for (Path old : files.subList(KEEP, files.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // gone meanwhile: first to go
        }
    }

    private static Optional<Answers> ignored(Path file, String why) {
        LOG.info("Ignoring the stored answers in {} ({}); the model is asked again", file, why);
        return Optional.empty();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
