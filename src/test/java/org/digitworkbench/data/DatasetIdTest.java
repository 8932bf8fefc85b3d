package org.digitworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetIdTest {

    @Test
    void parsesIds() {
        assertEquals(DatasetId.MNIST, DatasetId.fromId("mnist"));
        assertEquals(DatasetId.FASHION_MNIST, DatasetId.fromId("fashion-mnist"));
    }

    @Test
    void unknownIdListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetId.fromId("cifar"));
        assertEquals("unknown data set 'cifar'; valid ids: mnist, fashion-mnist", e.getMessage());
    }

    @Test
    void namesClassesAndFiles() {
        assertEquals("Fashion-MNIST", DatasetId.FASHION_MNIST.displayName());
        assertEquals("Ankle boot", DatasetId.FASHION_MNIST.classNames().get(9));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), DatasetId.MNIST.classNames());
        for (DatasetId id : DatasetId.values()) {
            assertEquals(4, id.files().size());
            for (DataFileRole role : DataFileRole.values()) {
                assertEquals(role, id.file(role).role());
            }
        }
        assertEquals("t10k-labels-idx1-ubyte", DatasetId.MNIST.file(DataFileRole.TEST_LABELS).rawName());
        assertEquals(47040016L, DatasetId.FASHION_MNIST.file(DataFileRole.TRAIN_IMAGES).rawSize());
        assertNull(DatasetId.MNIST.file(DataFileRole.TRAIN_IMAGES).gzSha256());
    }
}
