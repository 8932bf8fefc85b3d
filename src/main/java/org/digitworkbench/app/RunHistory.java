package org.digitworkbench.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.digitworkbench.ml.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every training run, one JSON file per run in a folder ({@code runs/} of the {@link WorkbenchHome}), each
 * written atomically. Runs of the window and of the command line alike; nothing here deletes them.
 */
public final class RunHistory {
    private static final Logger LOG = LoggerFactory.getLogger(RunHistory.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path dir;

    public RunHistory(Path dir) {
        this.dir = dir;
    }

    public static RunHistory at(WorkbenchHome home) {
        return new RunHistory(home.runs());
    }

    public Path dir() {
        return dir;
    }

    /** A file name for a run started at {@code started}: sorts by time, says what ran. */
    public static String newId(Instant started, String dataset, String architecture) {
        return ID_TIME.format(started) + "-" + dataset + "-" + architecture;
    }

    public void append(RunEntry entry) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(entry.id() + ".json"), JSON.writeValueAsBytes(entry));
    }

    /** Every readable run, newest first; a file that is not a run is skipped (and logged), never deleted. */
    public List<RunEntry> list() throws IOException {
        List<RunEntry> runs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return runs;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                try {
                    runs.add(JSON.readValue(file.toFile(), RunEntry.class));
                } catch (IOException e) {
                    LOG.info("Skipping {} in the run history: {}", file.getFileName(), e.getMessage());
                }
            }
        }
        runs.sort(Comparator.comparing(RunEntry::id).reversed());
        return runs;
    }
}
