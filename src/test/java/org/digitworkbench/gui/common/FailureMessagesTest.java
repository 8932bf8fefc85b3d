package org.digitworkbench.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import org.digitworkbench.app.FailureText;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.acquire.AcquisitionException;
import org.digitworkbench.ml.preprocess.ImageFiles;
import org.digitworkbench.ml.preprocess.PictureFixtures;
import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failures a user meets in the window read in the window's language; the logs keep the English. */
class FailureMessagesTest {
    private static final Messages SIMPLIFIED = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final Messages TRADITIONAL = Messages.forLocale(Locale.TRADITIONAL_CHINESE);
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    @TempDir
    Path dir;

    private Path brokenPicture() throws IOException {
        return PictureFixtures.brokenPng(dir);
    }

    @Test
    void aBrokenPictureReadsInChineseAndStaysEnglishForTheLogs() throws IOException {
        Path broken = brokenPicture();
        IOException e = assertThrows(IOException.class, () -> ImageFiles.read(broken));
        // wrapped as the background tasks hand it over
        Throwable wrapped = new CompletionException(new UncheckedIOException(e));

        String simplified = SIMPLIFIED.describe(wrapped);
        String traditional = TRADITIONAL.describe(wrapped);
        assertTrue(simplified.startsWith(broken + "：") && simplified.contains("图片"), simplified);
        assertTrue(traditional.startsWith(broken + "：") && traditional.contains("圖片"), traditional);
        assertTrue(ENGLISH.describe(wrapped).contains("picture"), ENGLISH.describe(wrapped));
        assertTrue(e.getMessage().contains("not an image"), e.getMessage());
        assertEquals(e.getMessage(), FailureText.describe(wrapped));
    }

    @Test
    void emptyAndForeignFilesAreNamedForWhatTheyAre() throws IOException {
        Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");

        assertEquals(empty + "：文件是空的", SIMPLIFIED.describe(catchFrom(() -> ImageFiles.read(empty))));
        assertEquals(text + "：不是本程式能讀取的圖片（PNG、JPEG、GIF 或 BMP）",
                TRADITIONAL.describe(catchFrom(() -> ImageFiles.read(text))));
        Path notAModel = Files.writeString(dir.resolve("notes.zip"), "hello");
        assertEquals(notAModel + "：不是 Digit Workbench 模型文件",
                SIMPLIFIED.describe(catchFrom(() -> ModelStore.load(notAModel))));
        assertEquals(dir.resolve("none.zip") + "：文件不存在",
                SIMPLIFIED.describe(catchFrom(() -> ModelStore.load(dir.resolve("none.zip")))));
    }

    @Test
    void dataSetsAndTheFileSystemAreWordedToo() {
        AcquisitionException unavailable = new AcquisitionException(DatasetId.MNIST, List.of("cache: none"));
        assertEquals("没有任何来源能提供 MNIST：cache: none", SIMPLIFIED.describe(unavailable));
        assertEquals("/models/a.zip：沒有存取權限",
                TRADITIONAL.describe(new AccessDeniedException("/models/a.zip")));
        assertEquals("磁盘已满。请释放一些空间后重试。",
                SIMPLIFIED.describe(new IOException("No space left on device")));
    }

    @Test
    void otherFailuresKeepTheirOwnMessage() {
        assertEquals("something odd", SIMPLIFIED.describe(new IllegalStateException("something odd")));
        assertEquals("IllegalStateException",
                SIMPLIFIED.describe(new CompletionException(new IllegalStateException())));
    }

    private interface Failing {
        void run() throws IOException;
    }

    private static IOException catchFrom(Failing action) {
        return assertThrows(IOException.class, action::run);
    }
}
