package org.digitworkbench.ml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What writes killed half-way leave behind is cleared, and nothing else. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private Path file(String name, long minutesOld) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "x");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - minutesOld * 60_000));
        return file;
    }

    @Test
    void oldTemporaryFilesOfKilledWritesGoEverythingElseStays() throws IOException {
        Path killed = file(".mnist.zip8841276645110.tmp", 60);
        Path killedNegative = file(".run.json-3318.tmp", 60);
        Path underWay = file(".mnist.zip5512.tmp", 1);
        Path model = file("mnist.zip", 60);
        Path usersOwn = file(".notes.tmp", 60);
        Path usersOther = file("draft.tmp", 60);

        assertEquals(2, AtomicFiles.removeLeftovers(dir));
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(killedNegative));
        assertTrue(Files.exists(underWay), "a write that may still be under way");
        assertTrue(Files.exists(model));
        assertTrue(Files.exists(usersOwn), "not a name our writes use");
        assertTrue(Files.exists(usersOther));
    }

    @Test
    void aTemporaryFileOfARealWriteMatches() throws IOException {
        Path target = dir.resolve("m.zip");
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp"); // as write names it
        Files.setLastModifiedTime(temp, FileTime.fromMillis(0));
        assertEquals(1, AtomicFiles.removeLeftovers(dir));
        assertFalse(Files.exists(temp));
    }
}
