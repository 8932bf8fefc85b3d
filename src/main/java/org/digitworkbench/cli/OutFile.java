package org.digitworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.store.ModelStore;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Where {@code train} writes its model: checked before any training, and the window's active model shelved. */
final class OutFile {
    private OutFile() {
    }

    /** Refuses a folder, or a place where nothing can be written, before the training it would waste. */
    static void check(CommandLine cli, Path out) {
        if (Files.isDirectory(out)) {
            throw new ParameterException(cli, "--out " + out + " is a folder; name a file in it, such as "
                    + out.resolve("model.zip"));
        }
        Path existing = out.toAbsolutePath().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new ParameterException(cli, "--out " + out + ": nothing can be written in "
                    + (existing == null ? out.toAbsolutePath().getParent() : existing));
        }
        if (Files.exists(out) && !Files.isWritable(out)) {
            throw new ParameterException(cli, "--out " + out + " exists and cannot be replaced");
        }
    }

    /** Writes the model; onto the window's active model it goes through the locator, which shelves the old one. */
    static void save(TrainedModel model, Path out) throws IOException {
        ModelLocator locator = new ModelLocator(WorkbenchHome.current().models());
        Path active = locator.userModelFile(DatasetId.fromId(model.card().dataset()));
        if (out.toAbsolutePath().normalize().equals(active.toAbsolutePath().normalize())) {
            locator.saveAsActive(model);
        } else {
            ModelStore.save(model, out);
        }
    }
}
