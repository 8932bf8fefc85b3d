package org.digitworkbench.ml.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void tutorialModelAHasItsPublishedParameterCount() {
        assertEquals(155_606, Architecture.CNN.parameterCount());
    }

    @Test
    void mlpIs784To512To10() {
        assertEquals(784L * 512 + 512 + 512L * 10 + 10, Architecture.MLP.parameterCount());
    }

    @Test
    void tutorialModelCHasItsParameterCount() {
        // Conv3x3-32 (320) + Dense 5408->100 (540,900) + Dense 100->10 (1,010)
        assertEquals(542_230, Architecture.CNN_SMALL.parameterCount());
    }

    @Test
    void idsRoundTrip() {
        for (Architecture a : Architecture.builtIns()) {
            assertEquals(a, Architecture.fromId(a.id()));
        }
    }

    @Test
    void unknownIdNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Architecture.fromId("resnet"));
        assertTrue(e.getMessage().contains("'resnet'"), e.getMessage());
        assertTrue(e.getMessage().contains("mlp, cnn-small, cnn, cnn-plus"), e.getMessage());
    }

    @Test
    void dropoutSitesFollowTheLayerShapes() {
        var sites = DropoutSite.of(Architecture.CNN_PLUS);
        assertEquals(2, sites.size());
        assertEquals(64 * 7 * 7, sites.get(0).perImageSize());
        assertEquals(256, sites.get(1).perImageSize());
        assertTrue(DropoutSite.of(Architecture.MLP).isEmpty());
    }
}
