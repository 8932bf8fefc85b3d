package org.digitworkbench.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Images and labels in the IDX format MNIST is published in (big-endian, uncompressed), as bytes. */
public final class IdxWriter {
    private IdxWriter() {
    }

    /** An {@code idx3-ubyte} file: magic, count, rows, columns, then the pixels row by row. */
    public static byte[] images(LabeledImages images) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + images.rawPixels().length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(IdxReader.IMAGES_MAGIC);
            out.writeInt(images.count());
            out.writeInt(images.rows());
            out.writeInt(images.cols());
            out.write(images.rawPixels());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** An {@code idx1-ubyte} file: magic, count, then one byte per label. */
    public static byte[] labels(LabeledImages images) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 + images.count());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(IdxReader.LABELS_MAGIC);
            out.writeInt(images.count());
            out.write(images.rawLabels());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
