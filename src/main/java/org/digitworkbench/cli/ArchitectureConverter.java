package org.digitworkbench.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.digitworkbench.app.ModelFiles;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.store.ModelFileException;
import picocli.CommandLine.TypeConversionException;

/** A built-in id, a spec, or a model file (.zip, .keras, .h5), whose architecture it names. */
final class ArchitectureConverter extends IdConverter<Architecture> {
    ArchitectureConverter() {
        super(Architecture::fromId);
    }

    @Override
    public Architecture convert(String value) {
        Path file = modelFile(value);
        if (file == null) {
            return super.convert(value);
        }
        try {
            return ModelFiles.open(file, DatasetId.MNIST).architecture(); // the data set plays no part in it
        } catch (ModelFileException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    private static Path modelFile(String value) {
        try {
            Path file = Path.of(value);
            return ModelFiles.isModelFile(file) && Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
