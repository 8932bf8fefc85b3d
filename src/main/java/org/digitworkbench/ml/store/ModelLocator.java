package org.digitworkbench.ml.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;

/**
 * Finds the active model of a data set: the one the user trained or loaded last
 * ({@code <userModels>/<id>.zip}), else the default shipped in {@code models/} and packed into the program (the
 * build copies it onto the class path; a {@code models/} folder in the working directory is never trusted).
 * Nothing here deletes a user's model behind their back: a model that stops being the active one (replaced
 * by a newer one, or by the shipped default) goes on the shelf, {@code <userModels>/<id>/}, and only
 * {@link #delete} removes a model, which the window calls after the user confirmed.
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

    /** Makes {@code model} the active one of its data set (written atomically); the one it replaces is shelved. */
    public Path saveAsActive(TrainedModel model) throws IOException {
        DatasetId dataset = DatasetId.fromId(model.card().dataset());
        Path file = userModelFile(dataset);
        shelveActive(dataset);
        ModelStore.save(model, file);
        return file;
    }

    /** Back to the shipped model: the user's active model is shelved, not removed. */
    public void resetToDefault(DatasetId dataset) throws IOException {
        shelveActive(dataset);
    }

    /** Where models of a data set wait while another is active. */
    public Path shelf(DatasetId dataset) {
        return userModels.resolve(dataset.id());
    }

    /** The user's models of a data set, the active one first, then the shelf, newest first. Unreadable files are left out. */
    public List<StoredModel> userModels(DatasetId dataset) throws IOException {
        AtomicFiles.removeLeftovers(userModels); // what saves killed half-way left
        AtomicFiles.removeLeftovers(shelf(dataset));
        List<StoredModel> models = new ArrayList<>();
        if (hasUserModel(dataset)) {
            readable(userModelFile(dataset), true).ifPresent(models::add);
        }
        List<StoredModel> shelved = new ArrayList<>();
        if (Files.isDirectory(shelf(dataset))) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(shelf(dataset), "*.zip")) {
                for (Path file : files) {
                    readable(file, false).ifPresent(shelved::add);
                }
            }
        }
        shelved.sort(Comparator.comparing((StoredModel m) -> m.card().createdAt()).reversed());
        models.addAll(shelved);
        return models;
    }

    /** Makes a shelved model the active one; the active one takes its place on the shelf. */
    public void activate(DatasetId dataset, Path shelved) throws IOException {
        if (!shelved.toAbsolutePath().getParent().equals(shelf(dataset).toAbsolutePath())) {
            throw new IOException(shelved + " is not a kept model of " + dataset.displayName());
        }
        Path moving = shelf(dataset).resolve(".activating-" + shelved.getFileName());
        ModelStore.move(shelved, moving);
        shelveActive(dataset);
        ModelStore.move(moving, userModelFile(dataset));
    }

    /** Deletes one of the user's models (and its card) for good; an active one leaves the shipped default active. */
    public void delete(Path file) throws IOException {
        ModelStore.delete(file);
    }

    private void shelveActive(DatasetId dataset) throws IOException {
        Path active = userModelFile(dataset);
        if (!Files.isRegularFile(active)) {
            return;
        }
        ModelCard card;
        try {
            card = ModelStore.readCard(active);
        } catch (ModelFileException unreadable) {
            card = null; // kept all the same, under the time it was shelved
        }
        String stamp = (card != null ? card.createdAt() : Instant.now().toString()).replaceAll("[^0-9A-Za-z]", "");
        String name = stamp + "-" + (card != null ? card.architecture() : "model");
        Path target = shelf(dataset).resolve(name + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = shelf(dataset).resolve(name + "-" + n + ".zip");
        }
        ModelStore.move(active, target);
    }

    private static Optional<StoredModel> readable(Path file, boolean active) {
        try {
            ModelCard card = ModelStore.readCard(file);
            ModelStore.restoreCardBeside(card, file);
            return Optional.of(new StoredModel(file, card, active));
        } catch (ModelFileException e) {
            return Optional.empty();
        }
    }

    /** Whether this build or checkout ships a default model for the data set. */
    public boolean hasDefaultModel(DatasetId dataset) {
        return shippedModels && ModelLocator.class.getResource("/models/" + dataset.id() + ".zip") != null;
    }

    public TrainedModel loadDefault(DatasetId dataset) throws IOException {
        return readShipped(dataset, ModelStore::load);
    }

    /** The card of the shipped model of {@code dataset}, without its weights; null when there is none. */
    public ModelCard defaultCard(DatasetId dataset) throws IOException {
        return hasDefaultModel(dataset) ? readShipped(dataset, ModelStore::readCard) : null;
    }

    private interface ModelReader<T> {
        T read(Path file) throws IOException;
    }

    /** Reads the shipped model's resource through a temporary copy (the zip reader needs a file). */
    private <T> T readShipped(DatasetId dataset, ModelReader<T> reader) throws IOException {
        if (!shippedModels) {
            throw new IOException("no default model for " + dataset.displayName());
        }
        String resource = "/models/" + dataset.id() + ".zip";
        try (InputStream in = ModelLocator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no default model for " + dataset.displayName() + " (" + resource
                        + " is missing from this build)");
            }
            Path temp = Files.createTempFile("digit-workbench-" + dataset.id(), ".zip");
            // copies that a process killed while reading one left there
            AtomicFiles.removeStale(temp.getParent(),
                    Pattern.compile(Pattern.quote("digit-workbench-" + dataset.id()) + "-?\\d+\\.zip"));
            try {
                Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return reader.read(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
