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
        return read().runs();
    }

    /** The readable runs, newest first, and the files skipped as not being runs. */
    public Listing read() throws IOException {
        List<RunEntry> runs = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Listing(runs, skipped);
        }
        AtomicFiles.removeLeftovers(dir);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                String problem;
                try {
                    RunEntry run = JSON.readValue(file.toFile(), RunEntry.class);
                    problem = problem(run);
                    if (problem == null) {
                        runs.add(run);
                        continue;
                    }
                } catch (IOException e) {
                    problem = e.getMessage();
                }
                skipped.add(file);
                LOG.info("Skipping {} in the run history: {}", file.getFileName(), problem);
            }
        }
        runs.sort(Comparator.comparing(RunEntry::id).reversed());
        return new Listing(List.copyOf(runs), List.copyOf(skipped));
    }

    /** What makes a parsed file unusable as a run (every reader relies on these fields), or null. */
    private static String problem(RunEntry run) {
        if (run == null) {
            return "null instead of a run";
        }
        if (run.id() == null || run.source() == null || run.dataset() == null || run.architecture() == null
                || run.optimizer() == null || run.outcome() == null) {
            return "a run's id, source, dataset, architecture, optimizer or outcome is missing";
        }
        if (run.loss() == null || run.history() == null || run.loss().contains(null)
                || run.history().contains(null)) {
            return "a run's loss or history is missing";
        }
        return null;
    }

    /** The runs read, and the files in the folder that were not runs. */
    public record Listing(List<RunEntry> runs, List<Path> skipped) {
    }
}
