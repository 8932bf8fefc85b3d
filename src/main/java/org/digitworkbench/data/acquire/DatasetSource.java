package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.nio.file.Path;
import org.digitworkbench.data.DatasetId;

/** One way of obtaining the files of a data set. */
public interface DatasetSource {

    /** Short name shown in messages, e.g. "http-mirror". */
    String name();

    /**
     * Puts the four files of {@code id} into {@code stagingDir}, each either uncompressed
     * ({@code <rawName>}) or gzip-compressed ({@code <rawName>.gz}); the acquirer decompresses and
     * verifies them. Anything else the source leaves in {@code stagingDir} is deleted afterwards.
     *
     * @return the folder holding the files, normally {@code stagingDir}
     * @throws IOException with a one-line reason when this source cannot provide the data set
     */
    Path acquire(DatasetId id, Path stagingDir, ProgressListener progress) throws IOException;
}
