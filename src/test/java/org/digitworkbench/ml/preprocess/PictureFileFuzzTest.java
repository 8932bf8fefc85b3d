package org.digitworkbench.ml.preprocess;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.digitworkbench.FuzzScratch;
import org.digitworkbench.data.DatasetId;

/**
 * Fuzz target for the picture reader: any bytes opened as a picture give a bounded gray image that both data
 * sets' preprocessing accepts or declines, or an {@link ImageFileException}; nothing else.
 *
 * <p>{@code mvn verify} replays {@code PictureFileFuzzTestInputs/picture}; {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class PictureFileFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void picture(byte[] data) throws IOException {
        Path file = FuzzScratch.empty("picture").resolve("opened");
        Files.write(file, data);
        GrayImage image;
        try {
            image = ImageFiles.read(file);
        } catch (ImageFileException refused) {
            return;
        }
        assertTrue((long) image.width() * image.height() <= ImageFiles.MAX_PIXELS,
                image.width() + "x" + image.height());
        for (DatasetId dataset : DatasetId.values()) {
            DigitPreprocessor.forDataset(image, dataset).ifPresent(input -> {
                for (float v : input) {
                    assertTrue(v >= 0 && v <= 1, "input value " + v);
                }
            });
        }
    }
}
