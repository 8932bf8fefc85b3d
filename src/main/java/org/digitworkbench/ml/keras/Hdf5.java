package org.digitworkbench.ml.keras;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/** What Keras's HDF5 files hold, read with jhdf: text attributes within a size, and weight arrays by path. */
final class Hdf5 {
    /** A model config is a few kilobytes a layer; far more than any chain the spec language allows. */
    static final int MAX_TEXT_BYTES = 4 << 20;
    /** More names than an architecture has layers or arrays. */
    private static final int MAX_NAMES = 4096;

    /**
     * More than the file of the largest model the spec language allows (5 million parameters, 20 MB) with its
     * optimizer's state.
     */
    static final long MAX_FILE_BYTES = 128L << 20;

    private Hdf5() {
    }

    /**
     * A whole HDF5 file, read into memory to be given to jhdf: read from a file, jhdf allocates whatever size a
     * structure declares (a few bytes can declare gigabytes), while in memory it only takes views of what is there.
     */
    static byte[] bytes(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw KerasProblem.corrupt(size + " bytes; a Keras file of a model Digit Workbench can run has at most "
                    + MAX_FILE_BYTES);
        }
        return Files.readAllBytes(file);
    }

    /** A text attribute ({@code model_config}, {@code keras_version}), null when absent. */
    static String text(Node node, String name) {
        Attribute attribute = node.getAttribute(name);
        if (attribute == null) {
            return null;
        }
        if (attribute.getSizeInBytes() > MAX_TEXT_BYTES || attribute.getSize() != 1) {
            throw KerasProblem.corrupt("the attribute " + name + " is not one text of at most " + MAX_TEXT_BYTES
                    + " bytes");
        }
        Object value = attribute.getData();
        String text = value instanceof String s ? s : value instanceof String[] a && a.length == 1 ? a[0] : null;
        if (text == null || text.length() > MAX_TEXT_BYTES) {
            throw KerasProblem.corrupt("the attribute " + name + " is not a text");
        }
        return text;
    }

    /** A list of names ({@code weight_names}); empty when absent. */
    static List<String> names(Node node, String name) {
        Attribute attribute = node.getAttribute(name);
        if (attribute == null || attribute.isEmpty()) {
            return List.of();
        }
        if (attribute.getSize() > MAX_NAMES || attribute.getSizeInBytes() > MAX_TEXT_BYTES) {
            throw KerasProblem.corrupt("the attribute " + name + " lists more than " + MAX_NAMES + " names");
        }
        Object value = attribute.getData();
        if (value instanceof String single) {
            return List.of(single);
        }
        if (!(value instanceof String[] many)) {
            return List.of();
        }
        return List.of(many);
    }

    /** The group at {@code path}, or a problem naming what was looked for. */
    static Group group(Group root, String path, String what) {
        if (!(node(root, path, what) instanceof Group group)) {
            throw KerasProblem.corrupt(what + " (" + path + ") is not a group");
        }
        return group;
    }

    static Dataset dataset(Group root, String path, String what) {
        if (!(node(root, path, what) instanceof Dataset dataset)) {
            throw KerasProblem.corrupt(what + " (" + path + ") is not an array");
        }
        return dataset;
    }

    /**
     * Walks {@code path} child by child: jhdf's own {@code getByPath} cannot say that a path is missing in a file
     * read from memory (it fails looking for the file's name).
     */
    private static Node node(Group root, String path, String what) {
        Node node = root;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            Node child = node instanceof Group group ? group.getChildren().get(part) : null;
            if (child == null) {
                throw KerasProblem.corrupt("no " + what + " (" + path + ")");
            }
            node = child;
        }
        return node;
    }

    /** The arrays of a group named 0, 1, 2, ... in that order ({@code layers/<name>/vars} of a .keras file). */
    static List<Dataset> numbered(Group group, String what) {
        Map<String, Node> children = group.getChildren();
        List<Dataset> arrays = new ArrayList<>();
        for (int i = 0; i < children.size() && i < MAX_NAMES; i++) {
            if (!(children.get(Integer.toString(i)) instanceof Dataset dataset)) {
                throw KerasProblem.corrupt(what + " does not hold arrays numbered 0 to " + (children.size() - 1));
            }
            arrays.add(dataset);
        }
        return arrays;
    }

    /** What goes into an HDF5 file being written. */
    @FunctionalInterface
    interface Content {
        void writeTo(WritableHdfFile h5);
    }

    /** An HDF5 file's bytes, written by jhdf through a temporary file (jhdf writes files only). */
    static byte[] written(Content content) throws IOException {
        Path temp = Files.createTempFile("keras-", ".h5");
        try {
            try (WritableHdfFile h5 = HdfFile.write(temp)) {
                content.writeTo(h5);
            }
            return Files.readAllBytes(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Flat values as the nested Java array of {@code shape} that jhdf writes as an array of that shape. */
    static Object nested(float[] values, long[] shape) {
        if (shape.length == 1) {
            return values.clone();
        }
        int rows = (int) shape[0];
        int inner = values.length / rows;
        long[] rest = Arrays.copyOfRange(shape, 1, shape.length);
        Object first = nested(Arrays.copyOfRange(values, 0, inner), rest);
        Object out = Array.newInstance(first.getClass(), rows);
        Array.set(out, 0, first);
        for (int r = 1; r < rows; r++) {
            Array.set(out, r, nested(Arrays.copyOfRange(values, r * inner,
                    (r + 1) * inner), rest));
        }
        return out;
    }

    /** A layer name as a path element: Keras's names are words, never paths. */
    static String pathElement(String name) {
        if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
            throw KerasProblem.corrupt("a layer is named '" + name + "'");
        }
        return name;
    }
}
