package org.digitworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.imageio.ImageIO;
import org.digitworkbench.TestData;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.IdxReader;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.sketch.DrawnDigits;
import org.digitworkbench.ml.sketch.SketchRenderer;
import org.digitworkbench.ml.sketch.Stroke;
import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on real data: one small model trained once, then every command against it. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path model;
    static JsonNode trained;

    @BeforeAll
    static void trainSmallModel() throws IOException {
        model = dir.resolve("mlp.zip");
        CliRun run = CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--epochs", "1", "--batch", "32",
                "--limit", "3000", "--out", model.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        trained = JSON.readTree(lines[lines.length - 1]);
    }

    @Test
    void trainEndsWithItsJsonSummaryAndWritesModelAndCard() {
        assertEquals(model.toAbsolutePath().toString(), trained.get("out").asText());
        assertTrue(trained.get("testAccuracy").asDouble() > 0.85, trained.toString());
        assertTrue(trained.get("seconds").asDouble() > 0);
        assertEquals(1, trained.get("bestEpoch").asInt(), trained.toString());
        assertTrue(trained.get("validationAccuracy").asDouble() > 0.8, trained.toString());
        assertTrue(Files.isRegularFile(model));
        assertTrue(Files.isRegularFile(dir.resolve("mlp.json")));
    }

    @Test
    void trainingOnFromAModelKeepsItsHistoryInTheCard() throws IOException {
        Path continued = dir.resolve("continued.zip");
        CliRun run = CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--from", model.toString(),
                "--epochs", "1", "--batch", "32", "--limit", "1000", "--lr", "0.0003", "--out", continued.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode card = JSON.readTree(dir.resolve("continued.json").toFile());
        assertEquals(0.0003, card.get("learningRate").asDouble(), 1e-12);
        assertEquals(3000, card.get("continuedFrom").get("limit").asInt(), "the earlier stage's settings");
        assertEquals(trained.get("testAccuracy").asDouble(), card.get("continuedFrom").get("testAccuracy").asDouble(), 1e-9);
    }

    @Test
    void runsListsTheCommandLinesRunsWithTheirLineage() throws IOException {
        Path continued = dir.resolve("for-runs.zip");
        assertEquals(0, CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--from", model.toString(),
                "--epochs", "1", "--batch", "32", "--limit", "500", "--out", continued.toString()).exitCode());

        CliRun runs = CliRun.of("runs", "--json");
        assertEquals(0, runs.exitCode(), runs.err());
        JsonNode list = JSON.readTree(runs.out());
        JsonNode mine = null;
        JsonNode first = null;
        for (JsonNode run : list) {
            if (continued.toAbsolutePath().toString().equals(run.path("modelFile").asText())) {
                mine = run;
            }
            if (model.toAbsolutePath().toString().equals(run.path("modelFile").asText())) {
                first = run;
            }
        }
        assertTrue(mine != null && first != null, "both runs in runs --json: " + runs.out());
        assertEquals("cli", mine.get("source").asText());
        assertEquals("FINISHED", mine.get("outcome").asText());
        assertEquals(500, mine.get("limit").asInt());
        assertTrue(mine.get("loss").size() > 5, "per-batch loss kept");
        assertEquals(1, mine.get("history").size());
        assertEquals(JSON.readTree(dir.resolve("mlp.json").toFile()).get("createdAt").asText(),
                mine.get("continuedFrom").asText(), "continued from the first model");
        assertTrue(first.get("continuedFrom").isNull());

        CliRun text = CliRun.of("runs");
        assertTrue(text.out().contains(continued.toAbsolutePath().toString()), text.out());
    }

    @Test
    void continuingNeedsTheSameArchitecture() {
        CliRun run = CliRun.of("train", "--dataset", "mnist", "--model", "cnn", "--from", model.toString(),
                "--out", dir.resolve("x.zip").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("is a mlp model; pass --model mlp to continue it"), run.err());
    }

    @Test
    void evaluateJsonHasAccuracyConfusionAndEveryError() throws IOException {
        CliRun run = CliRun.of("evaluate", "--model", model.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals("mnist", json.get("dataset").asText());
        assertEquals(model.toString(), json.get("model").asText());
        assertEquals(trained.get("testAccuracy").asDouble(), json.get("accuracy").asDouble(), 1e-9);
        assertEquals(10, json.get("confusion").size());
        int total = 0;
        int diagonal = 0;
        for (int r = 0; r < 10; r++) {
            assertEquals(10, json.get("confusion").get(r).size());
            for (int c = 0; c < 10; c++) {
                total += json.get("confusion").get(r).get(c).asInt();
                diagonal += r == c ? json.get("confusion").get(r).get(c).asInt() : 0;
            }
        }
        assertEquals(10_000, total);
        JsonNode wrong = json.get("misclassified");
        assertEquals(total - diagonal, wrong.size());
        JsonNode first = wrong.get(0);
        assertTrue(first.has("index") && first.has("actual") && first.has("predicted") && first.has("confidence"));
        int index = first.get("index").asInt();
        assertEquals(TestData.mnist().test().label(index), first.get("actual").asInt());
        assertFalse(first.get("actual").asInt() == first.get("predicted").asInt());

        // per class: recall is the confusion row's diagonal share, precision the column's, support the row's sum
        JsonNode perClass = json.get("perClass");
        assertEquals(10, perClass.size());
        int support = 0;
        for (int c = 0; c < 10; c++) {
            JsonNode row = perClass.get(c);
            int rowSum = 0;
            int columnSum = 0;
            for (int other = 0; other < 10; other++) {
                rowSum += json.get("confusion").get(c).get(other).asInt();
                columnSum += json.get("confusion").get(other).get(c).asInt();
            }
            int right = json.get("confusion").get(c).get(c).asInt();
            assertEquals(c, row.get("class").asInt());
            assertEquals(String.valueOf(c), row.get("name").asText());
            assertEquals(rowSum, row.get("support").asInt());
            assertEquals((double) right / rowSum, row.get("recall").asDouble(), 1e-12);
            assertEquals((double) right / columnSum, row.get("precision").asDouble(), 1e-12);
            double p = row.get("precision").asDouble();
            double r = row.get("recall").asDouble();
            assertEquals(2 * p * r / (p + r), row.get("f1").asDouble(), 1e-12);
            support += row.get("support").asInt();
        }
        assertEquals(10_000, support);
    }

    @Test
    void predictReadsImagesOfAnySizeAndEitherPolarity() throws IOException {
        LabeledImages test = TestData.mnist().test();
        Path lightOnDark = writeDigit(test, 0, 5, false, "seven.png");
        Path darkOnLight = writeDigit(test, 0, 3, true, "seven-inverted.png");

        CliRun run = CliRun.of("predict", "--model", model.toString(), "--json", lightOnDark.toString(),
                darkOnLight.toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            JsonNode json = JSON.readTree(line);
            assertEquals(7, json.get("predicted").asInt(), line);
            assertEquals("7", json.get("name").asText());
            assertEquals(10, json.get("probabilities").size());
            double sum = 0;
            for (JsonNode p : json.get("probabilities")) {
                sum += p.asDouble();
            }
            assertEquals(1.0, sum, 1e-3);
        }
    }

    @Test
    void predictReportsEmptyAndUnreadableImages() throws IOException {
        Path empty = dir.resolve("empty.png");
        ImageIO.write(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png", empty.toFile());
        Path garbage = Files.writeString(dir.resolve("garbage.png"), "not a picture");

        CliRun run = CliRun.of("predict", "--model", model.toString(), empty.toString(), garbage.toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains(empty + ": the image is empty (no ink found)"), run.err());
        assertTrue(run.err().contains(garbage + ": not an image this program can read"), run.err());
    }

    @Test
    void fetchJsonSaysWhereTheFilesCameFrom() throws IOException {
        CliRun run = CliRun.of("fetch", "--dataset", "mnist", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals("mnist", json.get("dataset").asText());
        assertEquals("cache", json.get("source").asText());
        assertTrue(Files.isDirectory(Path.of(json.get("path").asText())));
    }

    @Test
    void benchJsonHasTheDocumentedFields() throws IOException {
        CliRun run = CliRun.of("bench", "--model", "mlp", "--batch", "32", "--seconds", "1", "--warmup", "1", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals("mlp", json.get("model").asText());
        assertEquals(32, json.get("batch").asInt());
        assertTrue(json.get("trainImagesPerSecond").asDouble() > 0, run.out());
        assertTrue(json.get("inferImagesPerSecond").asDouble() > 0, run.out());
        assertEquals(500, json.get("inferBatch").asInt(), run.out());
        assertTrue(json.get("singleImageMillis").asDouble() > 0, run.out());
        assertTrue(json.get("drawingMillis").asDouble() > 0, run.out());
        assertTrue(json.get("nativeVariant").asText().startsWith("linux-x86_64"), run.out());
        assertTrue(json.get("threads").asInt() >= 1);
    }

    @Test
    void benchSkipsTrainingAndTakesTheInferenceBatch() throws IOException {
        CliRun run = CliRun.of("bench", "--model", "mlp", "--infer-batch", "100", "--skip-training", "--seconds",
                "0.5", "--warmup", "0.2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertTrue(json.get("trainImagesPerSecond").isNull(), run.out());
        assertEquals(100, json.get("inferBatch").asInt(), run.out());
        assertTrue(json.get("inferImagesPerSecond").asDouble() > 0, run.out());
        assertTrue(json.get("singleImageMillis").asDouble() > 0, run.out());
        assertEquals(0, json.get("profile").size(), run.out());
    }

    private static Path writeDigit(LabeledImages images, int index, int scale, boolean invert, String name)
            throws IOException {
        int side = 28 * scale + 40;
        BufferedImage image = new BufferedImage(side, side + 17, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < side; x++) {
                int sx = (x - 30) / scale;
                int sy = (y - 10) / scale;
                int v = x >= 30 && y >= 10 && sx < 28 && sy < 28 ? images.pixel(index, sy * 28 + sx) : 0;
                v = invert ? 255 - v : v;
                image.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void evaluateDrawnMeasuresTheCanvasPathAndNotSureAtTheModelsThreshold() throws IOException {
        CliRun run = CliRun.of("evaluate", "--model", model.toString(), "--drawn", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        double threshold = json.get("unsureThreshold").asDouble();
        assertTrue(threshold >= 0.2 && threshold <= 0.95, "threshold " + threshold);
        for (String set : new String[] {"drawnDigits", "nonDigitsTrainedKinds", "nonDigitsHeldOutKinds",
            "testThroughCanvas"}) {
            JsonNode report = json.get("drawn").get(set);
            assertTrue(report.get("count").asInt() > 0, set);
            double accepted = report.get("acceptedAndRight").asDouble();
            assertTrue(accepted <= report.get("accuracy").asDouble() + 1e-9, set);
            assertTrue(accepted <= 1 - report.get("flagged").asDouble() + 1e-9, set);
        }
        assertEquals(10_000, json.get("drawn").get("testThroughCanvas").get("count").asInt());
        assertTrue(json.get("drawn").get("testThroughCanvas").get("accuracy").asDouble() > 0.8,
                "a trained model reads test digits drawn on the canvas");
    }

    @Test
    void predictSaysWhetherItIsUnsure() throws IOException {
        LabeledImages test = TestData.mnist().test();
        Path seven = writeDigit(test, 0, 5, false, "unsure-seven.png");
        CliRun run = CliRun.of("predict", "--model", model.toString(), "--json", seven.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out().strip());
        assertTrue(json.has("unsure"), run.out());
        float top = 0;
        for (JsonNode p : json.get("probabilities")) {
            top = Math.max(top, (float) p.asDouble());
        }
        assertEquals(top < ModelStore.load(model).card().unsureThreshold(), json.get("unsure").asBoolean());
    }

    @Test
    void predictWithoutAModelUsesTheActiveModelOfTheDataset() throws IOException {
        Path seven = writeDigit(TestData.mnist().test(), 0, 5, false, "active-seven.png");
        CliRun digits = CliRun.of("predict", "--json", seven.toString());
        assertEquals(0, digits.exitCode(), digits.err());
        assertTrue(DatasetId.MNIST.classNames().contains(JSON.readTree(digits.out().strip()).get("name").asText()),
                digits.out());

        CliRun clothes = CliRun.of("predict", "--dataset", "fashion-mnist", "--json", seven.toString());
        assertEquals(0, clothes.exitCode(), clothes.err());
        assertTrue(DatasetId.FASHION_MNIST.classNames()
                .contains(JSON.readTree(clothes.out().strip()).get("name").asText()), clothes.out());
    }

    @Test
    void drawingsCountsAndExportsTheLabelledDrawings() throws IOException {
        DrawingStore store = DrawingStore.at(WorkbenchHome.current());
        int before = store.inputs(DatasetId.MNIST).count();
        List<Stroke> two = DrawnDigits.draw(2, new SplittableRandom(11));
        store.save(DatasetId.MNIST, 2, two, false, SketchRenderer.asDrawn(two, 140).orElseThrow(), Instant.now());

        Path export = dir.resolve("idx");
        CliRun run = CliRun.of("drawings", "--dataset", "mnist", "--export-idx", export.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals(before + 1, json.get("count").asInt());
        assertTrue(json.get("perClass").get(2).asInt() >= 1);
        assertEquals(2, json.get("exported").size());
        assertEquals(before + 1, IdxReader.read(export.resolve("drawings-images-idx3-ubyte"),
                export.resolve("drawings-labels-idx1-ubyte")).count());
    }

    @Test
    void trainTakesARecipeAndTheCardKeepsItWithTheThresholdItChose() throws IOException {
        Path out = dir.resolve("recipe.zip");
        CliRun run = CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--epochs", "2", "--limit", "2000",
                "--schedule", "cosine", "--augment", "drawing", "--negatives", "0.2", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        ModelCard card = ModelStore.load(out).card();
        assertEquals(new ModelCard.Recipe("cosine", "drawing", 0.2), card.recipe());
        assertTrue(card.unsureBelow() != null && card.unsureBelow() >= 0.2 && card.unsureBelow() <= 0.95,
                "threshold " + card.unsureBelow());

        CliRun wrong = CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--schedule", "sometimes",
                "--out", out.toString());
        assertEquals(ExitCodes.USAGE, wrong.exitCode());
        assertTrue(wrong.err().contains("constant, step, cosine, one-cycle"), wrong.err());
    }

    @Test
    void trainHoldsOutValidationImagesKeepsTheBestEpochAndStopsWhenPatienceRunsOut() throws IOException {
        Path out = dir.resolve("best.zip");
        CliRun run = CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--epochs", "20", "--limit", "1000",
                "--batch", "32", "--lr", "0.05", "--seed", "7", "--validation", "500", "--keep-best", "--patience", "1",
                "--test-each-epoch", "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        JsonNode json = JSON.readTree(lines[lines.length - 1]);
        assertEquals(List.of("out", "testAccuracy", "seconds", "bestEpoch", "validationAccuracy"),
                iterableToList(json.fieldNames()));
        int epochs = ModelStore.load(out).card().history().size();
        assertTrue(ModelStore.load(out).card().history().get(0).validationAccuracy() > 0.1, "the card keeps it too");
        assertTrue(epochs < 20, "patience stopped the run: " + run.err());
        assertEquals(epochs - 1, json.get("bestEpoch").asInt(), run.err());
        assertTrue(run.err().contains("validation accuracy") && run.err().contains("test accuracy"), run.err());
        assertTrue(run.err().contains("kept the weights of epoch " + json.get("bestEpoch").asInt()), run.err());
        assertEquals(json.get("testAccuracy").asDouble(), ModelStore.load(out).card().testAccuracy(), 1e-12);

        CliRun refused = CliRun.of("train", "--dataset", "mnist", "--model", "mlp", "--validation", "0",
                "--keep-best", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, refused.exitCode());
        assertTrue(refused.err().contains("keeping the best epoch needs validation images"), refused.err());
    }

    private static List<String> iterableToList(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
