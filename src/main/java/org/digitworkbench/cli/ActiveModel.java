package org.digitworkbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.store.ModelLocator;
import org.digitworkbench.ml.store.ModelStore;

/**
 * The model a command reads with when given none: the user's active one in the workbench home, else the one
 * shipped inside the program. Not {@link ModelLocator#loadDefault}, which prefers {@code models/} of the
 * current directory (a checkout's fresh copy): wherever a user runs a command, that folder may hold anything.
 */
final class ActiveModel {
    private ActiveModel() {
    }

    static TrainedModel load(WorkbenchHome home, DatasetId dataset) throws IOException {
        ModelLocator locator = ModelLocator.userModelsOnly(home.models());
        return locator.hasUserModel(dataset) ? ModelStore.load(locator.userModelFile(dataset))
                : shipped(dataset, locator);
    }

    private static TrainedModel shipped(DatasetId dataset, ModelLocator locator) throws IOException {
        String resource = "/models/" + dataset.id() + ".zip";
        try (InputStream in = ActiveModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + locator.userModelFile(dataset) + ", and no " + dataset.displayName()
                        + " model shipped with this build (" + resource + " is missing)");
            }
            Path temp = Files.createTempFile("digit-workbench-" + dataset.id(), ".zip");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                return ModelStore.load(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
