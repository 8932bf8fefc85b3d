package org.digitworkbench.ml.step;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.digitworkbench.TestData;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.DropoutSite;
import org.digitworkbench.ml.arch.ParameterInitializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Once a batch size has been seen, training and reading allocate no native array: every array ND4J creates
 * while a workspace is open comes out of that workspace, so its offset after two more batches of the same size
 * counts what they allocated.
 */
class SteadyStateTest {
    private static final int N = 12;

    static Stream<Architecture> architectures() {
        return Stream.concat(Architecture.builtIns().stream(), Stream.of(
                "conv(8,3,same), batchnorm, relu, maxpool, conv(6,3), tanh, maxpool, dropout(0.3), dense(16), "
                        + "sigmoid, batchnorm, dense(10)",
                "dense(32), batchnorm, relu, dropout(0.2), dense(16), tanh, dense(10)").map(Architecture::parse));
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void trainingAllocatesNothing(Architecture architecture) {
        TrainingStep step = new TrainingStep(architecture, ParameterInitializer.initialize(architecture, 2),
                new Adam(1e-3), new StepProfile());
        Batch batch = batch(architecture, TestData.mnist().train());
        step.train(batch);
        assertEquals(0, allocatedBy(() -> {
            step.train(batch);
            step.train(batch);
        }), architecture + ": bytes allocated by two training batches");
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void readingAllocatesNothing(Architecture architecture) {
        ForwardPass pass = new ForwardPass(architecture, ForwardPassTest.withRunningStatistics(architecture, 2));
        float[] pixels = ForwardPassTest.images(TestData.mnist().test(), N, 1);
        float[] logits = new float[N * Architecture.CLASSES];
        pass.logits(pixels, N, logits);
        assertEquals(0, allocatedBy(() -> {
            pass.logits(pixels, N, logits);
            pass.logits(pixels, N, logits);
        }), architecture + ": bytes allocated by reading two batches");
    }

    private static long allocatedBy(Runnable work) {
        WorkspaceConfiguration config = WorkspaceConfiguration.builder().initialSize(256L << 20)
                .policyAllocation(AllocationPolicy.STRICT).policyLearning(LearningPolicy.NONE).build();
        try (MemoryWorkspace workspace = Nd4j.getWorkspaceManager()
                .getAndActivateWorkspace(config, "steady-state-" + Thread.currentThread().getId())) {
            work.run();
            return workspace.getPrimaryOffset();
        }
    }

    private static Batch batch(Architecture architecture, LabeledImages images) {
        SplittableRandom random = new SplittableRandom(4);
        float[] pixels = ForwardPassTest.images(images, N, 4);
        int[] labels = new int[N];
        for (int i = 0; i < N; i++) {
            labels[i] = random.nextInt(Architecture.CLASSES);
        }
        List<DropoutSite> sites = DropoutSite.of(architecture);
        float[][] masks = new float[sites.size()][];
        for (int s = 0; s < sites.size(); s++) {
            masks[s] = new float[(int) (N * sites.get(s).perImageSize())];
            for (int i = 0; i < masks[s].length; i++) {
                masks[s][i] = random.nextDouble() < 0.5 ? 2 : 0;
            }
        }
        return new Batch(N, pixels, labels, masks);
    }
}
