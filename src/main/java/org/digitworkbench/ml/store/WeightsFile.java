package org.digitworkbench.ml.store;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ParameterShapes;
import org.digitworkbench.ml.store.ModelFileException.Reason;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code params.bin}: the number of arrays, then each array's name and the array as {@link Nd4j#write} gives it:
 * a buffer of shape information, then one of values, each buffer a header (layout, length, data type) and its
 * elements. Read here rather than by {@code Nd4j.read}, which allocates whatever a header claims (a file of a
 * few hundred bytes can claim terabytes): each header is checked against what the card's architecture needs
 * before anything is allocated, and no more bytes are inflated than those arrays take.
 */
final class WeightsFile {
    private static final String LAYOUT = "MIXED_DATA_TYPES";
    private static final String SHAPE_TYPE = "LONG";
    private static final String VALUE_TYPE = "FLOAT";
    private static final int MAX_RANK = 32;
    /** Room per array for its name and headers (about 200 bytes in files this program writes). */
    private static final long HEADER_BYTES = 1024;
    private static final int CHUNK_VALUES = 16 * 1024;

    private final Path file;
    private final Architecture architecture;
    private final Map<String, long[]> expected;

    private WeightsFile(Path file, Architecture architecture, Map<String, long[]> expected) {
        this.file = file;
        this.architecture = architecture;
        this.expected = expected;
    }

    static void write(Map<String, INDArray> params, DataOutputStream out) throws IOException {
        out.writeInt(params.size());
        for (Map.Entry<String, INDArray> entry : params.entrySet()) {
            out.writeUTF(entry.getKey());
            Nd4j.write(entry.getValue(), out);
        }
    }

    /** The arrays of {@code architecture}, {@code expected} being {@link ModelFit#expectedArrays}. */
    static Map<String, INDArray> read(Path file, InputStream raw, Architecture architecture,
                                      Map<String, long[]> expected) throws IOException {
        long bytes = Integer.BYTES;
        for (long[] shape : expected.values()) {
            bytes += HEADER_BYTES + ParameterShapes.count(shape) * Float.BYTES;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new Limited(file, raw, bytes)))) {
            return new WeightsFile(file, architecture, expected).arrays(in);
        } catch (EOFException e) {
            throw new ModelFileException(file, Reason.TRUNCATED, "the weights are truncated");
        }
    }

    private Map<String, INDArray> arrays(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 1 || count > 1000) {
            throw corrupt("corrupt weights (" + count + " arrays listed)");
        }
        if (count != expected.size()) {
            throw new ModelFileException(file, Reason.MISMATCH, "holds " + count + " weight arrays; architecture "
                    + architecture.reference() + " has " + expected.size());
        }
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            if (arrays.containsKey(name)) {
                throw corrupt("corrupt weights ('" + name + "' listed twice)");
            }
            arrays.put(name, array(in, name));
        }
        return arrays;
    }

    private INDArray array(DataInputStream in, String name) throws IOException {
        long length = header(in, name, SHAPE_TYPE);
        if (length < 4 || length > 4 + 2 * MAX_RANK) {
            throw corrupt("corrupt weights ('" + name + "' has a shape description of " + length + " numbers)");
        }
        long[] info = new long[(int) length];
        for (int i = 0; i < info.length; i++) {
            info[i] = in.readLong();
        }
        long rank = info[0];
        if (rank < 0 || length != 2 * rank + 4) {
            throw corrupt("corrupt weights ('" + name + "' declares rank " + rank + " in " + length + " numbers)");
        }
        long[] shape = Arrays.copyOfRange(info, 1, 1 + (int) rank);
        long order = info[info.length - 1];
        if (order != 'c' && order != 'f') {
            throw corrupt("corrupt weights ('" + name + "' declares element order " + order + ")");
        }
        ModelFit.checkShape(file, architecture, expected, name, shape);
        long values = header(in, name, VALUE_TYPE);
        long needed = ParameterShapes.count(shape);
        if (values != needed) {
            throw corrupt("corrupt weights ('" + name + "' declares " + values + " values; its shape "
                    + Arrays.toString(shape) + " holds " + needed + ")");
        }
        return Nd4j.create(values(in, name, (int) needed), shape, (char) order);
    }

    /** A buffer's header, refused unless it has the layout and data type this program writes; its length. */
    private long header(DataInputStream in, String name, String type) throws IOException {
        String layout = in.readUTF();
        if (!layout.equals(LAYOUT)) {
            throw corrupt("corrupt weights ('" + name + "' declares layout " + layout + ", expected " + LAYOUT + ")");
        }
        long length = in.readLong();
        String declared = in.readUTF();
        if (!declared.equals(type)) {
            throw new ModelFileException(file, Reason.MISMATCH, "weights '" + name + "' declare data type "
                    + declared + "; expected " + type);
        }
        return length;
    }

    private float[] values(DataInputStream in, String name, int count) throws IOException {
        float[] values = new float[count];
        byte[] chunk = new byte[CHUNK_VALUES * Float.BYTES];
        for (int done = 0; done < count; ) {
            int n = Math.min(CHUNK_VALUES, count - done);
            in.readFully(chunk, 0, n * Float.BYTES);
            ByteBuffer.wrap(chunk, 0, n * Float.BYTES).asFloatBuffer().get(values, done, n);
            done += n;
        }
        boolean variance = name.startsWith("variance");
        for (int i = 0; i < count; i++) {
            if (!Float.isFinite(values[i]) || variance && values[i] < 0) {
                throw corrupt("weights '" + name + "' hold " + values[i] + " at " + i + ", not a usable "
                        + (variance ? "variance" : "number"));
            }
        }
        return values;
    }

    private ModelFileException corrupt(String problem) {
        return new ModelFileException(file, Reason.CORRUPT, problem);
    }

    /** Inflates no more of the entry than {@code limit} bytes: the rest of a zip bomb is never decompressed. */
    private static final class Limited extends FilterInputStream {
        private final Path file;
        private final long limit;
        private long read;

        Limited(Path file, InputStream in, long limit) {
            super(in);
            this.file = file;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws ModelFileException {
            read += n;
            if (read > limit) {
                throw new ModelFileException(file, Reason.CORRUPT,
                        "corrupt weights (more than the " + limit + " bytes its architecture needs)");
            }
        }
    }
}
