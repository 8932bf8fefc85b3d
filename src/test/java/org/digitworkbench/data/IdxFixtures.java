package org.digitworkbench.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files byte by byte, so tests know exactly what a reader must return. */
public final class IdxFixtures {

    private IdxFixtures() {
    }

    /** The pixel every fixture image has at {@code offset}: distinct per image, covers 0..255. */
    public static int pixel(int image, int offset) {
        return (image * 37 + offset * 7) & 0xFF;
    }

    public static byte[] images(int count, int rows, int cols) {
        byte[] body = new byte[count * rows * cols];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < rows * cols; p++) {
                body[i * rows * cols + p] = (byte) pixel(i, p);
            }
        }
        return idx(IdxReader.IMAGES_MAGIC, new int[] {count, rows, cols}, body);
    }

    /** Labels 0..9 cycling from {@code first}. */
    public static byte[] labels(int count, int first) {
        byte[] body = new byte[count];
        for (int i = 0; i < count; i++) {
            body[i] = (byte) ((first + i) % 10);
        }
        return idx(IdxReader.LABELS_MAGIC, new int[] {count}, body);
    }

    public static byte[] idx(int magic, int[] dims, byte[] body) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + body.length);
        buffer.putInt(magic);
        for (int dim : dims) {
            buffer.putInt(dim);
        }
        buffer.put(body);
        return buffer.array();
    }

    public static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
