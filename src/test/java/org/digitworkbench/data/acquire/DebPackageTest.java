package org.digitworkbench.data.acquire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

class DebPackageTest {

    @TempDir
    Path temp;

    @Test
    void readsFilesFromAnXzCompressedPayload() throws IOException {
        Map<String, byte[]> payload = new LinkedHashMap<>();
        payload.put("./usr/share/doc/readme", "doc".getBytes(StandardCharsets.UTF_8));
        payload.put("./usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz", new byte[] {1, 2, 3});
        Path deb = Files.write(temp.resolve("test_1.0_all.deb"),
                ArchiveFixtures.deb("data.tar.xz", ArchiveFixtures.xz(ArchiveFixtures.tar(payload))));

        List<Path> written;
        try (TarArchiveInputStream tar = DebPackage.openDataTar(deb)) {
            written = SafeTarExtractor.extract(tar, "test.deb", temp.resolve("out"),
                    name -> name.startsWith("usr/share/datasets/"));
        }

        assertEquals(List.of(temp.resolve("out/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz")), written);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(written.get(0)));
    }

    @Test
    void refusesAPayloadCompressionItCannotRead() throws IOException {
        Path deb = Files.write(temp.resolve("zstd_1.0_all.deb"), ArchiveFixtures.deb("data.tar.zst", new byte[] {0x28, (byte) 0xb5}));

        IOException e = assertThrows(IOException.class, () -> DebPackage.openDataTar(deb).close());

        assertEquals("zstd_1.0_all.deb: unsupported payload compression 'data.tar.zst'"
                + " (supported: data.tar, data.tar.xz, data.tar.gz, data.tar.bz2)", e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotADebianPackage() throws IOException {
        Path notDeb = Files.write(temp.resolve("empty.deb"), ArchiveFixtures.deb("other.txt", new byte[] {1}));

        IOException e = assertThrows(IOException.class, () -> DebPackage.openDataTar(notDeb).close());

        assertEquals("empty.deb: not a Debian package with a data.tar member", e.getMessage());
    }
}
