package org.digitworkbench.gui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.ml.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs (size, data set, brush width, theme), in a small properties file.
 * A broken or missing file gives the defaults: settings are never worth failing the start for.
 */
public final class WorkbenchSettings {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchSettings.class);
    public static final double DEFAULT_WIDTH = 1100;
    public static final double DEFAULT_HEIGHT = 720;
    public static final double DEFAULT_BRUSH = 22;

    private final Path file;
    private final Properties values = new Properties();

    private WorkbenchSettings(Path file) {
        this.file = file;
    }

    public static WorkbenchSettings load(Path file) {
        WorkbenchSettings settings = new WorkbenchSettings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable settings {}: {}", file, e.getMessage());
            }
        }
        return settings;
    }

    public double windowWidth() {
        return number("window.width", DEFAULT_WIDTH, 400, 10000);
    }

    public double windowHeight() {
        return number("window.height", DEFAULT_HEIGHT, 300, 10000);
    }

    public void windowSize(double width, double height) {
        values.setProperty("window.width", Long.toString(Math.round(width)));
        values.setProperty("window.height", Long.toString(Math.round(height)));
    }

    public double brushWidth() {
        return number("brush.width", DEFAULT_BRUSH, 4, 60);
    }

    public void brushWidth(double width) {
        values.setProperty("brush.width", Double.toString(width));
    }

    public DatasetId dataset() {
        try {
            return DatasetId.fromId(values.getProperty("dataset", DatasetId.MNIST.id()));
        } catch (IllegalArgumentException e) {
            return DatasetId.MNIST;
        }
    }

    public void dataset(DatasetId dataset) {
        values.setProperty("dataset", dataset.id());
    }

    public ThemeChoice theme() {
        return ThemeChoice.fromId(values.getProperty("theme", ThemeChoice.LIGHT.id()));
    }

    public void theme(ThemeChoice theme) {
        values.setProperty("theme", theme.id());
    }

    /** Writes a temporary file beside the real one and moves it over, so a crash never leaves half a file. */
    public void save() {
        try {
            AtomicFiles.write(file, out -> values.store(out, "Digit Workbench window settings"));
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", file, e.getMessage());
        }
    }

    private double number(String key, double fallback, double min, double max) {
        try {
            double value = Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
            return Double.isFinite(value) ? Math.max(min, Math.min(max, value)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
