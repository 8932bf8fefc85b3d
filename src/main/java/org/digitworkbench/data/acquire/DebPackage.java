package org.digitworkbench.data.acquire;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Reads the payload of a Debian package: an {@code ar} archive whose {@code data.tar.*} member holds the files. */
final class DebPackage {

    private DebPackage() {
    }

    /** Opens the {@code data.tar} member of {@code deb}; closing the returned stream closes the file. */
    static TarArchiveInputStream openDataTar(Path deb) throws IOException {
        String debName = deb.getFileName().toString();
        ArArchiveInputStream ar = new ArArchiveInputStream(new BufferedInputStream(Files.newInputStream(deb), 1 << 16));
        try {
            ArArchiveEntry entry;
            while ((entry = ar.getNextEntry()) != null) {
                String name = entry.getName().endsWith("/")
                        ? entry.getName().substring(0, entry.getName().length() - 1) : entry.getName();
                if (name.startsWith("data.tar")) {
                    return new TarArchiveInputStream(decompressor(debName, name, ar));
                }
            }
            throw new IOException(debName + ": not a Debian package with a data.tar member");
        } catch (IOException | RuntimeException e) {
            ar.close();
            throw e;
        }
    }

    private static InputStream decompressor(String debName, String member, InputStream in) throws IOException {
        switch (member) {
            case "data.tar":
                return in;
            case "data.tar.xz":
                return new XZCompressorInputStream(in);
            case "data.tar.gz":
                return new GzipCompressorInputStream(in);
            case "data.tar.bz2":
                return new BZip2CompressorInputStream(in);
            default:
                throw new IOException(debName + ": unsupported payload compression '" + member
                        + "' (supported: data.tar, data.tar.xz, data.tar.gz, data.tar.bz2)");
        }
    }
}
