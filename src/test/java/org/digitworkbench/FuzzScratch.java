package org.digitworkbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder for one fuzz input, emptied before the next: fuzzing runs a target millions of times, so nothing it
 * writes may pile up.
 */
public final class FuzzScratch {
    private FuzzScratch() {
    }

    /** An empty folder of its own for {@code target}; what an earlier input left there is gone. */
    public static Path empty(String target) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "digit-workbench-fuzz-" + ProcessHandle.current().pid(),
                target);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
