package org.digitworkbench.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetLoader;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.acquire.DatasetAcquirer;
import org.digitworkbench.data.acquire.ProgressListener;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.model.TrainedModel;
import org.digitworkbench.ml.train.Optimizer;
import org.digitworkbench.ml.train.Trainer;
import org.digitworkbench.ml.train.TrainingControl;
import org.digitworkbench.ml.train.TrainingListener;
import org.digitworkbench.ml.train.TrainingSettings;

/**
 * A small MLP trained once per test JVM on 2000 real MNIST images (a few seconds), so GUI tests never
 * depend on the models shipped in models/. The data comes through the normal acquirer, cached in
 * target/test-datasets (or {@code -Ddigitworkbench.test.data}).
 */
public final class TinyModel {
    private static TrainedModel model;

    private TinyModel() {
    }

    public static synchronized TrainedModel mnist() {
        if (model == null) {
            try {
                String configured = System.getProperty("digitworkbench.test.data");
                Path cache = configured != null && !configured.isBlank() ? Path.of(configured)
                        : Path.of("target", "test-datasets");
                Path dir = DatasetAcquirer.withDefaults(cache).acquire(DatasetId.MNIST, ProgressListener.NONE).dir();
                DatasetSplits data = DatasetLoader.load(DatasetId.MNIST, dir);
                TrainingSettings settings = new TrainingSettings(DatasetId.MNIST, Architecture.MLP, 1, 64,
                        Optimizer.ADAM.defaultLearningRate(), Optimizer.ADAM, 42, 2000);
                long start = System.nanoTime();
                model = new Trainer().train(settings, data, null, TrainingListener.NONE, new TrainingControl()).model();
                System.out.printf("TinyModel: trained in %d ms, test accuracy %.3f%n",
                        (System.nanoTime() - start) / 1_000_000, model.card().testAccuracy());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }
}
