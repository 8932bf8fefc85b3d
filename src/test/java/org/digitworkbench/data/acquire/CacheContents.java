package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a cache root holds, for asserting that failures leave nothing behind. */
final class CacheContents {

    private CacheContents() {
    }

    /** Every path under {@code root}, relative, sorted; empty when root does not exist. */
    static List<String> everything(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
