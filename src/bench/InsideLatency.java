import java.nio.file.Path;
import java.util.Arrays;

import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.app.LayerInspection;
import org.digitworkbench.app.LayerPictures;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.data.acquire.ProgressListener;
import org.digitworkbench.ml.model.Predictor;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.step.LayerOutput;
import org.digitworkbench.ml.store.ModelStore;

/**
 * What the Draw view's Inside window costs per answer: the answer, every layer's output, their figures and
 * their pictures, on one OpenMP thread as the prediction thread runs them (strokes to maps, less the stroke
 * rendering that `bench` times as strokes to verdict). The goal is one frame, 16 ms, for cnn-deep.
 *
 * Run from the repository root after `mvn -B package -DskipTests` and `fetch --dataset mnist`:
 *   java -cp target/digit-workbench.jar src/bench/InsideLatency.java [MODEL.zip] [DATA_DIR]
 * (defaults: models/mnist.zip, ~/.digit-workbench/datasets).
 */
public class InsideLatency {
    public static void main(String[] args) throws Exception {
        Path model = Path.of(args.length > 0 ? args[0] : "models/mnist.zip");
        Path data = Path.of(args.length > 1 ? args[1]
                : System.getProperty("user.home") + "/.digit-workbench/datasets");
        Predictor predictor = ModelStore.load(model).newPredictor();
        NativeRuntime.limitCallingThread(1);
        LabeledImages test = DatasetRepository.at(data).testImages(DatasetId.MNIST, ProgressListener.NONE);
        float[] pixels = new float[test.imageSize()];
        int warmUp = 200;
        double[] millis = new double[500];
        for (int round = 0; round < warmUp + millis.length; round++) {
            test.copyImageTo(round % test.count(), pixels, 0);
            long start = System.nanoTime();
            predictor.probabilities(pixels);
            var outputs = predictor.layerOutputs(pixels);
            LayerInspection.of(outputs);
            for (LayerOutput output : outputs) {
                LayerPictures.raster(output);
            }
            if (round >= warmUp) {
                millis[round - warmUp] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf("%s: answer, every layer's output, figures and pictures: median %.2f ms, 90th percentile"
                + " %.2f ms, max %.2f ms (%d answers after %d)%n", model, millis[millis.length / 2],
                millis[millis.length * 9 / 10], millis[millis.length - 1], millis.length, warmUp);
    }
}
