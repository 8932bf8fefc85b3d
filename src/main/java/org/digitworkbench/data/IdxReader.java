package org.digitworkbench.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST-style IDX files (plain or gzip-compressed) and refuses anything that does not match
 * its header exactly, so that a truncated download can never pass for a smaller data set.
 */
public final class IdxReader {

    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;
    public static final int EXPECTED_ROWS = 28;
    public static final int EXPECTED_COLS = 28;
    /** Far above any real data set; guards against allocating gigabytes for a garbage header. */
    public static final int MAX_COUNT = 1_000_000;
    public static final int MAX_LABEL = 9;

    private static final int IMAGES_HEADER = 16;
    private static final int LABELS_HEADER = 8;

    private IdxReader() {
    }

    /** Reads a matching pair of image and label files. */
    public static LabeledImages read(Path images, Path labels) throws IOException {
        int[] dims = new int[3];
        byte[] pixels = readImages(images, dims);
        byte[] labelBytes = readLabels(labels);
        if (labelBytes.length != dims[0]) {
            throw new InvalidDataException(name(images) + " and " + name(labels) + ": count mismatch: "
                    + dims[0] + " images but " + labelBytes.length + " labels");
        }
        return new LabeledImages(pixels, labelBytes, dims[0], dims[1], dims[2]);
    }

    /**
     * Reads an image file; returns its pixels and writes {count, rows, cols} into {@code dimsOut}.
     */
    public static byte[] readImages(Path path, int[] dimsOut) throws IOException {
        if (dimsOut == null || dimsOut.length < 3) {
            throw new IllegalArgumentException("dimsOut must have room for count, rows and cols");
        }
        try (Source in = open(path)) {
            ByteBuffer header = in.header(IMAGES_HEADER, IMAGES_MAGIC, "image");
            int count = header.getInt();
            int rows = header.getInt();
            int cols = header.getInt();
            checkCount(path, count, "images");
            if (rows != EXPECTED_ROWS || cols != EXPECTED_COLS) {
                throw new InvalidDataException(name(path) + ": unexpected image size " + rows + "x" + cols
                        + " (expected " + EXPECTED_ROWS + "x" + EXPECTED_COLS + ")");
            }
            String what = count + " images of " + rows + "x" + cols;
            byte[] pixels = in.body(IMAGES_HEADER, (long) count * rows * cols, what);
            dimsOut[0] = count;
            dimsOut[1] = rows;
            dimsOut[2] = cols;
            return pixels;
        }
    }

    /** Reads a label file; every label must be 0..9. */
    public static byte[] readLabels(Path path) throws IOException {
        try (Source in = open(path)) {
            ByteBuffer header = in.header(LABELS_HEADER, LABELS_MAGIC, "label");
            int count = header.getInt();
            checkCount(path, count, "labels");
            byte[] labels = in.body(LABELS_HEADER, count, count + " labels");
            for (int i = 0; i < labels.length; i++) {
                int label = labels[i] & 0xFF;
                if (label > MAX_LABEL) {
                    throw new InvalidDataException(name(path) + ": label " + label + " at index " + i
                            + " is outside 0.." + MAX_LABEL);
                }
            }
            return labels;
        }
    }

    private static void checkMagic(Path path, int magic, int expected, String kind) throws InvalidDataException {
        if (magic != expected) {
            throw new InvalidDataException(String.format("%s: bad magic number 0x%08x (expected 0x%08x for an IDX %s file)",
                    name(path), magic, expected, kind));
        }
    }

    private static void checkCount(Path path, int count, String noun) throws InvalidDataException {
        if (count <= 0 || count > MAX_COUNT) {
            throw new InvalidDataException(name(path) + ": header says " + Integer.toUnsignedString(count) + " " + noun
                    + " (expected 1.." + MAX_COUNT + ")");
        }
    }

    private static String name(Path path) {
        Path fileName = path.getFileName();
        return fileName == null ? path.toString() : fileName.toString();
    }

    private static Source open(Path path) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        if (!gzip) {
            return new Source(path, buffered, Files.size(path), false);
        }
        try {
            return new Source(path, new GZIPInputStream(buffered, 1 << 16), -1, true);
        } catch (IOException e) {
            buffered.close();
            throw new InvalidDataException(name(path) + ": corrupt gzip data: " + e.getMessage(), e);
        }
    }

    /** The (possibly decompressed) byte stream of one file, with exact-length checks. */
    private static final class Source implements AutoCloseable {
        private final Path path;
        private final InputStream in;
        private final long fileSize;
        private final boolean gzip;

        Source(Path path, InputStream in, long fileSize, boolean gzip) {
            this.path = path;
            this.in = in;
            this.fileSize = fileSize;
            this.gzip = gzip;
        }

        /** Reads the header and checks its magic number; returns it positioned after the magic. */
        ByteBuffer header(int length, int magic, String kind) throws IOException {
            byte[] bytes = readUpTo(length);
            ByteBuffer header = ByteBuffer.wrap(bytes);
            if (bytes.length >= 4) {
                checkMagic(path, header.getInt(), magic, kind);
            }
            if (bytes.length < length) {
                throw new InvalidDataException(name(path) + ": " + describeSize(bytes.length)
                        + ", too short for an IDX " + kind + " header (" + length + " bytes)");
            }
            return header;
        }

        byte[] body(int headerLength, long bodyLength, String what) throws IOException {
            long expectedTotal = headerLength + bodyLength;
            String says = "header says " + what + " (" + expectedTotal + " bytes) but ";
            if (!gzip && fileSize != expectedTotal) {
                String problem = fileSize < expectedTotal ? "truncated" : "trailing bytes";
                throw new InvalidDataException(name(path) + ": " + problem + ": " + says + describeSize(fileSize));
            }
            byte[] body = readUpTo((int) bodyLength);
            if (body.length < bodyLength) {
                throw new InvalidDataException(name(path) + ": truncated: " + says
                        + describeSize(headerLength + body.length));
            }
            if (readByte() != -1) {
                throw new InvalidDataException(name(path) + ": trailing bytes: " + says
                        + (gzip ? "the decompressed data is longer" : "the file is longer"));
            }
            return body;
        }

        private String describeSize(long size) {
            return (gzip ? "the decompressed data has " : "the file has ") + size + " bytes";
        }

        private byte[] readUpTo(int length) throws IOException {
            try {
                return in.readNBytes(length);
            } catch (EOFException | ZipException e) {
                throw corrupt(e);
            }
        }

        private int readByte() throws IOException {
            try {
                return in.read();
            } catch (EOFException | ZipException e) {
                throw corrupt(e);
            }
        }

        private InvalidDataException corrupt(IOException e) {
            return new InvalidDataException(name(path) + ": corrupt gzip data (" + e.getMessage() + ")", e);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
