package org.digitworkbench.ml.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.store.ModelFileException.Reason;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model files: a zip holding {@code card.json} (the {@link ModelCard}) and {@code params.bin} (the named
 * weight arrays). Written to a temporary file beside the target and renamed over it, so a crash never
 * leaves half a model behind.
 */
public final class ModelStore {
    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);
    static final String CARD_ENTRY = "card.json";
    static final String PARAMS_ENTRY = "params.bin";
    /** Cards are a few kilobytes; no more than this is inflated of one. */
    static final int MAX_CARD_BYTES = 1 << 20;
    /**
     * The ancestors a loaded card keeps: each training continued from a model nests that model's card, so a model
     * taught over and over would otherwise carry its whole history.
     */
    static final int MAX_LINEAGE = 32;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelStore() {
    }

    public static void save(TrainedModel model, Path file) throws IOException {
        NativeRuntime.configure();
        for (Map.Entry<String, INDArray> param : model.params().entrySet()) {
            // a sum is NaN or infinite when any value is: such a file would be refused when read back
            if (!Double.isFinite(param.getValue().sumNumber().doubleValue())) {
                throw new IOException("not saved: the weights '" + param.getKey() + "' hold values that are not"
                        + " numbers (the training diverged; a lower learning rate usually helps)");
            }
        }
        // the card beside describes the model being replaced: gone first, so a kill before the new one is written
        // leaves no card rather than a wrong one
        Files.deleteIfExists(cardBeside(file));
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out));
            zip.putNextEntry(new ZipEntry(CARD_ENTRY));
            zip.write(JSON.writeValueAsBytes(model.card()));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(PARAMS_ENTRY));
            DataOutputStream data = new DataOutputStream(zip);
            WeightsFile.write(model.params(), data);
            data.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        });
        writeCardBeside(model.card(), file);
    }

    /** The card also lies beside the model as {@code <name>.json}, for people and scripts that read it. */
    private static void writeCardBeside(ModelCard card, Path file) throws IOException {
        AtomicFiles.write(cardBeside(file), JSON.writeValueAsBytes(card));
    }

    public static TrainedModel load(Path file) throws ModelFileException {
        NativeRuntime.configure();
        try (ZipFile zip = open(file)) {
            ZipEntry cardEntry = zip.getEntry(CARD_ENTRY);
            ZipEntry paramsEntry = zip.getEntry(PARAMS_ENTRY);
            if (cardEntry == null || paramsEntry == null) {
                throw new ModelFileException(file, Reason.NOT_A_MODEL, "not a Digit Workbench model (no " + CARD_ENTRY
                        + " and " + PARAMS_ENTRY + " inside)");
            }
            ModelCard card = readCard(file, zip, cardEntry);
            Architecture architecture = ModelFit.architectureOf(file, card);
            Map<String, long[]> expected = ModelFit.expectedArrays(file, architecture);
            try (InputStream params = zip.getInputStream(paramsEntry)) {
                return new TrainedModel(card, WeightsFile.read(file, params, architecture, expected));
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, Reason.MISSING, "no such file");
        } catch (ZipException e) {
            throw new ModelFileException(file, Reason.NOT_A_MODEL,
                    "not a model file (not a readable zip archive: " + e.getMessage() + ")", e.getMessage(), e);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, Reason.CORRUPT, "corrupt model file (" + e.getMessage() + ")",
                    String.valueOf(e.getMessage()), e);
        }
    }

    /** A folder, a pipe or a device is refused before it is opened: reading a pipe would wait forever. */
    private static ZipFile open(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ModelFileException(file, Reason.NOT_A_MODEL, Files.isDirectory(file)
                    ? "a folder, not a model file" : "not a regular file (a pipe or a device), not a model file");
        }
        return new ZipFile(file.toFile());
    }

    /**
     * Writes the card beside a model again where a save killed half-way left none: the card inside the model file
     * is the one that counts. A card that cannot be written (a read-only folder) is only logged.
     */
    static void restoreCardBeside(ModelCard card, Path file) {
        Path beside = cardBeside(file);
        if (Files.exists(beside)) {
            return;
        }
        try {
            writeCardBeside(card, file);
        } catch (IOException e) {
            LOG.info("Cannot write the card beside {}: {}", file, e.getMessage());
        }
    }

    /** Only the card of a model file, without reading its weights. */
    public static ModelCard readCard(Path file) throws ModelFileException {
        try (ZipFile zip = open(file)) {
            ZipEntry cardEntry = zip.getEntry(CARD_ENTRY);
            if (cardEntry == null) {
                throw new ModelFileException(file, Reason.NOT_A_MODEL,
                        "not a Digit Workbench model (no " + CARD_ENTRY + " inside)");
            }
            return readCard(file, zip, cardEntry);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, Reason.MISSING, "no such file");
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, Reason.CORRUPT, "not a readable model file (" + e.getMessage() + ")",
                    String.valueOf(e.getMessage()), e);
        }
    }

    /** Moves a model file and the card beside it (when there is one) to {@code target} and its card's place. */
    static void move(Path file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path card = cardBeside(file);
        AtomicFiles.move(file, target);
        if (Files.exists(card)) {
            AtomicFiles.move(card, cardBeside(target));
        }
    }

    /** Deletes a model file and the card beside it. */
    static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(cardBeside(file));
    }

    static Path cardBeside(Path file) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
        return file.resolveSibling(base + ".json");
    }

    private static ModelCard readCard(Path file, ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] json = in.readNBytes(MAX_CARD_BYTES + 1);
            if (json.length > MAX_CARD_BYTES) {
                throw cardCorrupt(file, "larger than " + MAX_CARD_BYTES + " bytes");
            }
            // a tree is read without recursion, so a card nested thousands deep cannot overflow the stack
            JsonNode tree = JSON.readTree(json);
            if (!(tree instanceof ObjectNode)) {
                throw cardCorrupt(file, "not a JSON object");
            }
            keepNearestAncestors(tree);
            ModelCard card = JSON.treeToValue(tree, ModelCard.class);
            if (card.format() > ModelCard.FORMAT) {
                throw new ModelFileException(file, Reason.NEWER, "written by a newer Digit Workbench (model format "
                        + card.format() + ", this version reads " + ModelCard.FORMAT + ")");
            }
            Double unsureBelow = card.unsureBelow();
            if (unsureBelow != null && !(unsureBelow >= 0 && unsureBelow <= 1)) {
                throw cardCorrupt(file, "unsureBelow is " + unsureBelow + "; it must be a probability from 0 to 1");
            }
            return card;
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file, Reason.CORRUPT,
                    "the model card is corrupt (" + e.getOriginalMessage() + ")", e.getOriginalMessage(), e);
        }
    }

    /** Cuts a card's lineage after {@link #MAX_LINEAGE} ancestors. */
    private static void keepNearestAncestors(JsonNode card) {
        JsonNode node = card;
        for (int depth = 0; node instanceof ObjectNode object; depth++) {
            if (depth == MAX_LINEAGE) {
                object.putNull("continuedFrom");
                return;
            }
            node = object.get("continuedFrom");
        }
    }

    private static ModelFileException cardCorrupt(Path file, String detail) {
        return new ModelFileException(file, Reason.CORRUPT, "the model card is corrupt (" + detail + ")", detail,
                null);
    }
}
