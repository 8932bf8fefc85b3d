package org.digitworkbench.ml.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.store.ModelFileException.Reason;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Model files: a zip holding {@code card.json} (the {@link ModelCard}) and {@code params.bin} (the named
 * weight arrays). Written to a temporary file beside the target and renamed over it, so a crash never
 * leaves half a model behind.
 */
public final class ModelStore {
    static final String CARD_ENTRY = "card.json";
    static final String PARAMS_ENTRY = "params.bin";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelStore() {
    }

    public static void save(TrainedModel model, Path file) throws IOException {
        NativeRuntime.configure();
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out));
            zip.putNextEntry(new ZipEntry(CARD_ENTRY));
            zip.write(JSON.writeValueAsBytes(model.card()));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(PARAMS_ENTRY));
            DataOutputStream data = new DataOutputStream(zip);
            data.writeInt(model.params().size());
            for (Map.Entry<String, INDArray> entry : model.params().entrySet()) {
                data.writeUTF(entry.getKey());
                Nd4j.write(entry.getValue(), data);
            }
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
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry cardEntry = zip.getEntry(CARD_ENTRY);
            ZipEntry paramsEntry = zip.getEntry(PARAMS_ENTRY);
            if (cardEntry == null || paramsEntry == null) {
                throw new ModelFileException(file, Reason.NOT_A_MODEL, "not a Digit Workbench model (no " + CARD_ENTRY
                        + " and " + PARAMS_ENTRY + " inside)");
            }
            ModelCard card = readCard(file, zip, cardEntry);
            Map<String, INDArray> params = readParams(file, zip.getInputStream(paramsEntry));
            ModelFit.check(file, card, params);
            return new TrainedModel(card, params);
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

    /** Only the card of a model file, without reading its weights. */
    public static ModelCard readCard(Path file) throws ModelFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
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
            ModelCard card = JSON.readValue(in, ModelCard.class);
            if (card.format() > ModelCard.FORMAT) {
                throw new ModelFileException(file, Reason.NEWER, "written by a newer Digit Workbench (model format "
                        + card.format() + ", this version reads " + ModelCard.FORMAT + ")");
            }
            return card;
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file, Reason.CORRUPT,
                    "the model card is corrupt (" + e.getOriginalMessage() + ")", e.getOriginalMessage(), e);
        }
    }

    private static Map<String, INDArray> readParams(Path file, InputStream raw) throws IOException {
        Map<String, INDArray> params = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            int count = in.readInt();
            if (count < 1 || count > 1000) {
                throw new ModelFileException(file, Reason.CORRUPT, "corrupt weights (" + count + " arrays listed)");
            }
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                params.put(name, Nd4j.read(in));
            }
        } catch (EOFException e) {
            throw new ModelFileException(file, Reason.TRUNCATED, "the weights are truncated");
        }
        return params;
    }
}
