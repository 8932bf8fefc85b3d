package org.digitworkbench.data.acquire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeTarExtractorTest {

    @TempDir
    Path temp;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> extract(Map<String, byte[]> entries, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(ArchiveFixtures.tar(entries)))) {
            return SafeTarExtractor.extract(tar, "test.tar", target, name -> name.startsWith("package/data/"));
        }
    }

    @Test
    void extractsOnlyTheWantedFiles() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("package/readme.md", text("hello"));
        entries.put("./package/data/train", text("pixels"));
        Path target = temp.resolve("out");

        List<Path> written = extract(entries, target);

        assertEquals(List.of(target.resolve("package/data/train")), written);
        assertArrayEquals(text("pixels"), Files.readAllBytes(written.get(0)));
        assertFalse(Files.exists(target.resolve("package/readme.md")));
    }

    @Test
    void refusesAnEntryThatClimbsOutOfTheTarget() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("package/data/ok", text("fine"));
        entries.put("../evil", text("owned"));
        Path target = temp.resolve("out");

        IOException e = assertThrows(IOException.class, () -> extract(entries, target));

        assertEquals("test.tar: refusing entry '../evil': its path leaves the target folder"
                + " (possible path traversal / zip slip)", e.getMessage());
        assertFalse(Files.exists(temp.resolve("evil")));
    }

    @Test
    void refusesAnEntryHiddenInsideADataPath() {
        Map<String, byte[]> entries = Map.of("package/data/../../../evil", text("owned"));

        IOException e = assertThrows(IOException.class, () -> extract(entries, temp.resolve("a/b")));

        assertEquals("test.tar: refusing entry 'package/data/../../../evil': its path leaves the target folder"
                + " (possible path traversal / zip slip)", e.getMessage());
        assertFalse(Files.exists(temp.resolve("a/evil")));
    }

    @Test
    void refusesAnAbsolutePath() {
        Path outside = temp.resolve("outside").toAbsolutePath();
        Map<String, byte[]> entries = Map.of(outside + "/evil", text("owned"));

        IOException e = assertThrows(IOException.class, () -> extract(entries, temp.resolve("out")));

        assertEquals("test.tar: refusing entry '" + outside + "/evil': its path leaves the target folder"
                + " (possible path traversal / zip slip)", e.getMessage());
        assertFalse(Files.exists(outside));
    }
}
