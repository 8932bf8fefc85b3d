package org.digitworkbench.data.acquire;

import java.nio.file.Path;
import org.digitworkbench.data.DatasetId;

/** Where a verified copy of a data set lies and which source provided it ("cache" when it was already there). */
public record AcquiredDataset(DatasetId id, Path dir, String source) {
}
