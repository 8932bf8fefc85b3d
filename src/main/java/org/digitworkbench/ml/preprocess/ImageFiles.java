package org.digitworkbench.ml.preprocess;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.digitworkbench.ml.preprocess.ImageFileException.Reason;

/**
 * Reads PNG, JPEG (CMYK too), GIF or BMP files of any kind (16-bit, palette, transparent) into a {@link GrayImage},
 * light-on-dark. A huge picture is read subsampled, at most {@link #MAX_SIDE} pixels on its longer side, and one
 * of more than {@link #MAX_PIXELS} pixels is refused before decoding, so none can exhaust the memory; whatever goes
 * wrong becomes an {@link ImageFileException} whose message is one line naming the file.
 */
public final class ImageFiles {
    /** The longest side decoded; the network sees 28 pixels, the canvas a few hundred. */
    static final int MAX_SIDE = 2048;
    /**
     * The most pixels a picture may have. Subsampling bounds only what is kept: a progressive JPEG or a TIFF strip
     * is decoded whole first, two to eight bytes a pixel, so larger ones are refused before decoding starts.
     */
    static final long MAX_PIXELS = 100_000_000;
    /** The most memory a picture decoded whole (a TIFF strip) may take. */
    static final long MAX_DECODE_BYTES = 256_000_000;
    private static final long BMP_JPEG = 4;
    private static final long BMP_PNG = 5;

    private ImageFiles() {
    }

    public static GrayImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImageFileException(file, Reason.MISSING, "no such file", null, null);
        }
        if (Files.size(file) == 0) {
            throw new ImageFileException(file, Reason.EMPTY, "the file is empty", null, null);
        }
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ImageFileException(file, Reason.UNKNOWN_FORMAT,
                        "not an image this program can read (PNG, JPEG, GIF or BMP)", null, null);
            }
            image = decode(file, readers.next(), in);
        } catch (ImageFileException e) {
            throw e;
        } catch (IOException e) {
            String detail = oneLine(e);
            throw new ImageFileException(file, Reason.UNDECODABLE, "cannot decode the image (" + detail + ")", detail,
                    e);
        } catch (RuntimeException e) {
            // decoders throw all kinds of runtime exceptions on damaged files
            String detail = oneLine(e);
            throw new ImageFileException(file, Reason.DAMAGED, "the image is damaged (" + detail + ")", detail, e);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        return GrayImage.fromArgb(width, height, argb);
    }

    private static BufferedImage decode(Path file, ImageReader reader, ImageInputStream in) throws IOException {
        try {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                String size = width + "x" + height;
                throw new ImageFileException(file, Reason.TOO_LARGE, "the picture is " + size + " pixels; at most "
                        + MAX_PIXELS / 1_000_000 + " megapixels can be read", size, null);
            }
            refuseOversizedEmbedding(file, reader.getFormatName());
            refuseWholeDecodeOverBudget(file, reader, width, height);
            int longer = Math.max(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(longer / (double) MAX_SIDE);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }

    /**
     * A BMP may hold a JPEG or PNG whose byte count its header declares; the JDK's reader allocates that count
     * before reading (a 2 KB file claiming 1 GB exhausted the heap: found by PictureFileFuzzTest). A count larger
     * than the file is refused.
     */
    private static void refuseOversizedEmbedding(Path file, String format) throws IOException {
        if (!"bmp".equalsIgnoreCase(format)) {
            return;
        }
        byte[] header = new byte[38];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length) {
                return; // too short to declare an embedding; the reader says what is wrong
            }
        }
        ByteBuffer fields = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int infoSize = fields.getInt(14);
        long compression = Integer.toUnsignedLong(fields.getInt(30));
        long declared = Integer.toUnsignedLong(fields.getInt(34));
        boolean embedded = infoSize >= 40 && (compression == BMP_JPEG || compression == BMP_PNG);
        if (embedded && declared > Files.size(file)) {
            String detail = "it declares " + declared + " bytes of embedded image data in a file of "
                    + Files.size(file) + " bytes";
            throw new ImageFileException(file, Reason.DAMAGED, "the image is damaged (" + detail + ")", detail, null);
        }
    }

    /**
     * The JDK's TIFF reader decodes a whole strip or tile before subsampling, and a file may hold the picture in
     * one strip: a 780 KB TIFF of 16-bit RGBA just under the pixel limit took 800 MB. Such pictures are refused
     * when decoding them whole would pass {@link #MAX_DECODE_BYTES}.
     */
    private static void refuseWholeDecodeOverBudget(Path file, ImageReader reader, int width, int height)
            throws IOException {
        if (!"tif".equalsIgnoreCase(reader.getFormatName()) && !"tiff".equalsIgnoreCase(reader.getFormatName())) {
            return;
        }
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw == null) {
            return; // the reader cannot say; it then fails on its own
        }
        int bits = 0;
        for (int size : raw.getSampleModel().getSampleSize()) {
            bits += size;
        }
        long bytes = (long) width * height * bits / 8;
        if (bytes > MAX_DECODE_BYTES) {
            String detail = width + "x" + height + " pixels of " + bits + " bits, " + bytes / 1_000_000
                    + " MB decoded whole";
            throw new ImageFileException(file, Reason.TOO_DEEP, "the picture is too large to read (" + detail
                    + "; at most " + MAX_DECODE_BYTES / 1_000_000 + " MB)", detail, null);
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return message.replaceAll("\\s+", " ").trim();
    }
}
