package org.digitworkbench.data.acquire;

/**
 * Receives progress of a long step. {@code stage} is a short label whose first word names the kind
 * of work ("download", "decompress", "verify", "unpack", "npm", "apt-get") followed by the file or
 * command concerned, e.g. {@code "verify train-images-idx3-ubyte"}. Calls come from the acquiring
 * thread.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * @param done  units (bytes) done so far in this stage
     * @param total units in this stage, or -1 when unknown
     */
    void onProgress(String stage, long done, long total);
}
