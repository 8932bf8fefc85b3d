package org.digitworkbench.ml.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * Finds the active model of a data set: the one the user trained or loaded last
 * ({@code <userModels>/<id>.zip}), else the default shipped in {@code models/} and packed into the jar.
 */
public final class ModelLocator {
    private final Path userModels;
    private final boolean shippedModels;

    public ModelLocator(Path userModels) {
        this(userModels, true);
    }

    private ModelLocator(Path userModels, boolean shippedModels) {
        this.userModels = userModels;
        this.shippedModels = shippedModels;
    }

    /** A locator that knows only the user's models, as on a build without shipped ones (for tests). */
    public static ModelLocator userModelsOnly(Path userModels) {
        return new ModelLocator(userModels, false);
    }

    public Path userModelFile(DatasetId dataset) {
        return userModels.resolve(dataset.id() + ".zip");
    }

    /** The user's model when there is one, else the shipped default. */
    public TrainedModel loadActive(DatasetId dataset) throws IOException {
        Path user = userModelFile(dataset);
        return Files.isRegularFile(user) ? ModelStore.load(user) : loadDefault(dataset);
    }

    public boolean hasUserModel(DatasetId dataset) {
        return Files.isRegularFile(userModelFile(dataset));
    }

    /** Makes {@code model} the active one of its data set (written atomically). */
    public Path saveAsActive(TrainedModel model) throws IOException {
        Path file = userModelFile(DatasetId.fromId(model.card().dataset()));
        ModelStore.save(model, file);
        return file;
    }

    /** Back to the shipped model: the user's file is removed. */
    public void resetToDefault(DatasetId dataset) throws IOException {
        Files.deleteIfExists(userModelFile(dataset));
        String name = userModelFile(dataset).getFileName().toString().replace(".zip", ".json");
        Files.deleteIfExists(userModels.resolve(name));
    }

    /** Whether this build or checkout ships a default model for the data set. */
    public boolean hasDefaultModel(DatasetId dataset) {
        return shippedModels && (repositoryCopy(dataset).isPresent()
                || ModelLocator.class.getResource("/models/" + dataset.id() + ".zip") != null);
    }

    public TrainedModel loadDefault(DatasetId dataset) throws IOException {
        if (!shippedModels) {
            throw new IOException("no default model for " + dataset.displayName());
        }
        Optional<Path> inRepo = repositoryCopy(dataset);
        if (inRepo.isPresent()) {
            return ModelStore.load(inRepo.get());
        }
        String resource = "/models/" + dataset.id() + ".zip";
        try (InputStream in = ModelLocator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no default model for " + dataset.displayName() + " (" + resource
                        + " is missing from this build)");
            }
            Path temp = Files.createTempFile("digit-workbench-" + dataset.id(), ".zip");
            try {
                Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return ModelStore.load(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** When run from a checkout, models/ next to the working directory is the freshest copy. */
    private static Optional<Path> repositoryCopy(DatasetId dataset) {
        Path file = Path.of("models", dataset.id() + ".zip");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
