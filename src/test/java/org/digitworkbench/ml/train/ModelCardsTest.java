package org.digitworkbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.digitworkbench.ml.model.ModelCard.EpochRecord;
import org.junit.jupiter.api.Test;

/** A card's history rows: the validation figures of each epoch, none where nothing was held out. */
class ModelCardsTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void eachEpochKeepsItsValidationLossAndNoneWithoutValidation() {
        List<EpochRecord> rows = ModelCards.history(List.of(
                new EpochEvent(1, 2, 0.5, 0.8, 0.45, 0.85, Double.NaN, 2_000, 2_000),
                new EpochEvent(2, 2, 0.4, 0.9, 0.9, 4_000, 0)));

        assertEquals(new EpochRecord(1, 0.5, 0.8, Double.NaN, 2, 0.85, 0.45), rows.get(0));
        assertNull(rows.get(1).validationLoss(), "nothing held out");
        assertNull(rows.get(1).validationAccuracy());
        assertEquals(0.9, rows.get(1).testAccuracy());
    }

    @Test
    void aRowWrittenBeforeValidationLossWasKeptStillReads() throws Exception {
        EpochRecord old = JSON.readValue("{\"epoch\": 3, \"trainLoss\": 0.25, \"trainAccuracy\": 0.9,"
                + " \"testAccuracy\": 0.91, \"seconds\": 12.5, \"validationAccuracy\": 0.92}", EpochRecord.class);
        assertEquals(new EpochRecord(3, 0.25, 0.9, 0.91, 12.5, 0.92), old);
        assertNull(old.validationLoss());

        EpochRecord now = new EpochRecord(1, 0.5, 0.8, 0.85, 1, 0.86, 0.4);
        assertEquals(now, JSON.readValue(JSON.writeValueAsString(now), EpochRecord.class));
    }
}
