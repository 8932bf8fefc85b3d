package org.digitworkbench.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.digitworkbench.data.DatasetId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchSettingsTest {
    @TempDir
    Path dir;

    @Test
    void remembersWindowDataSetBrushAndTheme() {
        Path file = dir.resolve("sub").resolve("gui.properties");
        WorkbenchSettings settings = WorkbenchSettings.load(file);
        settings.windowSize(1234.4, 777);
        settings.dataset(DatasetId.FASHION_MNIST);
        settings.brushWidth(31);
        settings.theme(ThemeChoice.DARK);
        settings.save();

        WorkbenchSettings again = WorkbenchSettings.load(file);
        assertEquals(1234, again.windowWidth());
        assertEquals(777, again.windowHeight());
        assertEquals(DatasetId.FASHION_MNIST, again.dataset());
        assertEquals(31, again.brushWidth());
        assertEquals(ThemeChoice.DARK, again.theme());
    }

    @Test
    void nonsenseGivesTheDefaults() throws Exception {
        Path file = dir.resolve("gui.properties");
        Files.writeString(file, "window.width=wide\nwindow.height=-5\ndataset=cifar\nbrush.width=NaN\ntheme=purple\n");

        WorkbenchSettings settings = WorkbenchSettings.load(file);

        assertEquals(WorkbenchSettings.DEFAULT_WIDTH, settings.windowWidth());
        assertEquals(300, settings.windowHeight(), "clamped to the smallest sensible size");
        assertEquals(DatasetId.MNIST, settings.dataset());
        assertEquals(WorkbenchSettings.DEFAULT_BRUSH, settings.brushWidth());
        assertEquals(ThemeChoice.LIGHT, settings.theme());
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        WorkbenchSettings settings = WorkbenchSettings.load(dir.resolve("none.properties"));

        assertEquals(DatasetId.MNIST, settings.dataset());
        assertEquals(WorkbenchSettings.DEFAULT_HEIGHT, settings.windowHeight());
        assertEquals(ThemeChoice.LIGHT, settings.theme());
    }
}
