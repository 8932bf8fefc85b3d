package org.digitworkbench.ml.keras;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** .keras files made by hand for the tests: a zip of the given entries. */
final class CraftedKeras {
    private CraftedKeras() {
    }

    /** A Sequential config of the given layer entries (JSON objects), after an input of {@code shape}. */
    static String sequential(String shape, String... layers) {
        StringBuilder json = new StringBuilder("{\"class_name\": \"Sequential\", \"config\": {\"name\": \"s\", "
                + "\"layers\": [{\"class_name\": \"InputLayer\", \"config\": {\"name\": \"in\", \"batch_shape\": [null, "
                + shape + "]}}");
        for (String layer : layers) {
            json.append(", ").append(layer);
        }
        return json.append("]}}").toString();
    }

    static String layer(String className, String name, String settings) {
        return "{\"class_name\": \"" + className + "\", \"config\": {\"name\": \"" + name + "\""
                + (settings.isEmpty() ? "" : ", " + settings) + "}}";
    }

    static Path archive(Path file, String config) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "metadata.json", "{\"keras_version\": \"3.15.1\"}".getBytes(StandardCharsets.UTF_8));
            entry(zip, "config.json", config.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** An entry of {@code size} zero bytes, deflated: a few hundred kilobytes hold hundreds of megabytes. */
    static void zeros(ZipOutputStream zip, String name, long size) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        byte[] block = new byte[1 << 20];
        for (long done = 0; done < size; done += block.length) {
            zip.write(block);
        }
        zip.closeEntry();
    }

    static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
