package org.digitworkbench.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
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
import org.digitworkbench.ml.train.LayerHistogram;
import org.digitworkbench.ml.train.LayerSample;
import org.digitworkbench.ml.train.LayerStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every training run, one JSON file per run in a folder ({@code runs/} of the {@link WorkbenchHome}), each
 * written atomically. Runs of the window and of the command line alike.
 *
 * <p>Nothing here deletes a run: {@link #remove} moves its file into {@code removed/} of the folder, where it
 * no longer lists but still holds its number, and leaves the model the run wrote where it is. Every run has a
 * number no other run of the folder has or had ({@link RunNumbers}); a run takes it when it starts
 * ({@link #claimNumber}), leaving an empty file of that name in {@code numbers/} so that two runs started at
 * once, in the window and on the command line, cannot take the same one.
 */
public final class RunHistory {
    private static final Logger LOG = LoggerFactory.getLogger(RunHistory.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Far more than the largest entry a run writes (its loss and layer samples are thinned to fixed counts). */
    static final long MAX_ENTRY_BYTES = 32L << 20;
    private static final String REMOVED = "removed";
    private static final String NUMBERS = "numbers";

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

    /** Where removed runs go. */
    public Path removedDir() {
        return dir.resolve(REMOVED);
    }

    /**
     * A file name for a run started at {@code started}: sorts by time, says what ran; with its number (when it has
     * one), as two runs can start within the same millisecond.
     */
    public static String newId(Instant started, String dataset, String architecture, int number) {
        return ID_TIME.format(started) + "-" + dataset + "-" + architecture + (number > 0 ? "-" + number : "");
    }

    public void append(RunEntry entry) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(fileOf(entry.id()), JSON.writeValueAsBytes(entry));
    }

    /** Every readable run, newest first, numbered; a file that is not a run is skipped (and logged), never deleted. */
    public List<RunEntry> list() throws IOException {
        return read().runs();
    }

    /** The readable runs, newest first, numbered, and the files skipped as not being runs. */
    public Listing read() throws IOException {
        Scan scan = scan();
        List<RunEntry> runs = new ArrayList<>(scan.listed().stream().map(Stored::entry).toList());
        runs.sort(Comparator.comparing(RunEntry::id).reversed());
        return new Listing(List.copyOf(runs), scan.skipped());
    }

    /** The number the next run will have: one past the largest of any run, removed ones and runs under way included. */
    public int nextNumber() throws IOException {
        int largest = Math.max(RunNumbers.largest(scan().all()), largestClaimed());
        if (largest == Integer.MAX_VALUE) {
            throw new IOException("every run number is taken in " + dir.toAbsolutePath());
        }
        return largest + 1;
    }

    /** Takes the next number for a run that starts now: no other run, in this process or another, gets it. */
    public int claimNumber() throws IOException {
        Path numbers = dir.resolve(NUMBERS);
        Files.createDirectories(numbers);
        for (int number = nextNumber(); ; number++) {
            try {
                // creating the empty file is the claim: of two runs asking at once only one can create it
                Files.createFile(numbers.resolve(Integer.toString(number)));
                return number;
            } catch (FileAlreadyExistsException taken) {
                if (number == Integer.MAX_VALUE) {
                    throw new IOException("every run number is taken in " + dir.toAbsolutePath(), taken);
                }
            }
        }
    }

    /**
     * Gives a listed run a new name and note (see {@link RunLabels}: blank ones are none), rewriting its file
     * atomically, with its number (one written before runs had numbers gets the one it is listed with). A run
     * still under way has no file yet: name it through its {@link RunRecorder}.
     *
     * @return the run as now written
     * @throws IllegalArgumentException for a run not listed, a name or note too long, a name of several lines
     */
    public RunEntry rename(String id, String name, String note) throws IOException {
        String newName = RunLabels.name(name);
        String newNote = RunLabels.note(note);
        Stored run = listed(id);
        RunEntry renamed = run.entry().withLabels(newName, newNote);
        AtomicFiles.write(run.file(), JSON.writeValueAsBytes(renamed));
        return renamed;
    }

    /**
     * Hides a listed run: moves its file, in one step where the file system can, into {@link #removedDir()}.
     * Nothing is deleted, neither the run's file nor the model it wrote, and its number is never given again.
     *
     * @return the run removed
     * @throws IllegalArgumentException for a run not listed
     */
    public RunEntry remove(String id) throws IOException {
        Stored run = listed(id);
        Files.createDirectories(removedDir());
        AtomicFiles.move(run.file(), freeName(removedDir(), run.file().getFileName().toString()));
        return run.entry();
    }

    /** {@code name} in {@code folder}, or a name beside it that no file has: a move onto a file may replace it. */
    private static Path freeName(Path folder, String name) {
        String stem = name.substring(0, name.length() - ".json".length());
        Path free = folder.resolve(name);
        for (int copy = 2; Files.exists(free); copy++) {
            free = folder.resolve(stem + "-" + copy + ".json");
        }
        return free;
    }

    private Stored listed(String id) throws IOException {
        return scan().listed().stream().filter(r -> r.entry().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run " + id + " in " + dir.toAbsolutePath()));
    }

    private Path fileOf(String id) {
        return dir.resolve(id + ".json");
    }

    /** The runs listed and removed, numbered, and the listed folder's files that are no runs. */
    private Scan scan() throws IOException {
        List<Stored> listed = new ArrayList<>();
        List<Stored> removed = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        readFolder(dir, listed, skipped);
        readFolder(removedDir(), removed, new ArrayList<>());
        List<RunEntry> all = new ArrayList<>();
        listed.forEach(r -> all.add(r.entry()));
        removed.forEach(r -> all.add(r.entry()));
        List<RunEntry> numbered = RunNumbers.numbered(all);
        List<Stored> numberedListed = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            numberedListed.add(new Stored(listed.get(i).file(), numbered.get(i)));
        }
        return new Scan(List.copyOf(numberedListed), numbered, List.copyOf(skipped));
    }

    private void readFolder(Path folder, List<Stored> runs, List<Path> skipped) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        AtomicFiles.removeLeftovers(folder);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                String problem;
                try {
                    if (Files.size(file) > MAX_ENTRY_BYTES) {
                        throw new IOException("larger than a run's entry can be (" + Files.size(file) + " bytes)");
                    }
                    RunEntry run = JSON.readValue(file.toFile(), RunEntry.class);
                    problem = problem(run);
                    if (problem == null) {
                        runs.add(new Stored(file, run));
                        continue;
                    }
                } catch (IOException e) {
                    problem = e.getMessage();
                }
                skipped.add(file);
                LOG.info("Skipping {} in the run history: {}", dir.relativize(file), problem);
            }
        }
    }

    /** The largest number claimed by a run that started, 0 when none was. */
    private int largestClaimed() throws IOException {
        Path numbers = dir.resolve(NUMBERS);
        if (!Files.isDirectory(numbers)) {
            return 0;
        }
        int largest = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(numbers)) {
            for (Path file : files) {
                try {
                    largest = Math.max(largest, Integer.parseInt(file.getFileName().toString()));
                } catch (NumberFormatException notAClaim) {
                    // someone else's file: it claims nothing
                }
            }
        }
        return largest;
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
        return run.layers() == null ? null : layersProblem(run.layers());
    }

    private static String layersProblem(List<LayerSample> samples) {
        if (samples.size() > LayerTrace.MAX_KEPT || samples.contains(null)) {
            return "a run's layer samples are too many or missing";
        }
        // a sample's lists cannot hold null: its records refuse it, so the file is not read
        for (LayerSample sample : samples) {
            for (LayerStats layer : sample.layers()) {
                if (layer.weights() == null || layer.gradients() == null
                        || layer.weights().counts().size() != LayerHistogram.BINS
                        || layer.gradients().counts().size() != LayerHistogram.BINS) {
                    return "a layer's histogram is not " + LayerHistogram.BINS + " counts";
                }
            }
        }
        return null;
    }

    /** The runs read, and the files in the folder that were not runs. */
    public record Listing(List<RunEntry> runs, List<Path> skipped) {
    }

    /** A run's file and what it holds. */
    private record Stored(Path file, RunEntry entry) {
    }

    /** {@code all}: the listed runs and the removed ones, numbered. */
    private record Scan(List<Stored> listed, List<RunEntry> all, List<Path> skipped) {
    }
}
