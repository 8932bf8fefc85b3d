package org.digitworkbench.ml.preprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Picture files for tests of how unreadable pictures are reported. */
public final class PictureFixtures {
    private PictureFixtures() {
    }

    /** {@code broken.png} in {@code dir}: a PNG signature followed by noise. */
    public static Path brokenPng(Path dir) throws IOException {
        byte[] noise = new byte[2000];
        new SplittableRandom(1).nextBytes(noise);
        noise[0] = (byte) 0x89;
        noise[1] = 'P';
        noise[2] = 'N';
        noise[3] = 'G';
        return Files.write(dir.resolve("broken.png"), noise);
    }
}
