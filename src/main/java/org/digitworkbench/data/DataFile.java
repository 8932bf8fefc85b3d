package org.digitworkbench.data;

import java.util.Objects;

/**
 * One file of a data set, with the checksums it must match.
 *
 * @param rawName   file name of the uncompressed IDX file, e.g. {@code train-images-idx3-ubyte}
 * @param rawSha256 lower-case hex SHA-256 of the uncompressed file
 * @param gzSha256  lower-case hex SHA-256 of the canonical {@code .gz}, or null when mirrors differ
 * @param rawSize   size in bytes of the uncompressed file
 */
public record DataFile(DataFileRole role, String rawName, String rawSha256, String gzSha256, long rawSize) {

    public DataFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rawName, "rawName");
        Objects.requireNonNull(rawSha256, "rawSha256");
        if (rawSize <= 0) {
            throw new IllegalArgumentException("rawSize must be positive: " + rawSize);
        }
    }

    /** Name of the gzip-compressed variant, as mirrors and packages publish it. */
    public String gzName() {
        return rawName + ".gz";
    }
}
