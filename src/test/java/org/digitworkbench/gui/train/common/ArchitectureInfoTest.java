package org.digitworkbench.gui.train.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.digitworkbench.ml.arch.Architecture;
import org.junit.jupiter.api.Test;

class ArchitectureInfoTest {

    @Test
    void theEstimateForSpecsIsWithinAFactorOfTwoOfTheMeasuredBuiltIns() {
        for (Architecture a : Architecture.builtIns()) {
            double measured = ArchitectureInfo.measuredImagesPerSecond(a);
            double estimated = ArchitectureInfo.estimatedImagesPerSecond(a);
            assertTrue(estimated > measured / 2 && estimated < measured * 2,
                    a.id() + ": measured " + measured + ", estimated " + estimated);
        }
    }

    @Test
    void aCustomSpecGetsTheEstimate() {
        Architecture custom = Architecture.parse("conv(16,3), relu, maxpool, dense(32), relu, dense(10)");
        assertEquals(ArchitectureInfo.estimatedImagesPerSecond(custom), ArchitectureInfo.measuredImagesPerSecond(custom));
        assertTrue(ArchitectureInfo.measuredImagesPerSecond(custom)
                > ArchitectureInfo.measuredImagesPerSecond(Architecture.CNN_DEEP), "a small network is faster");
    }
}
