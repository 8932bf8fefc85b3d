package org.digitworkbench.ml.preprocess;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

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

    /** A small PNG whose header says it is {@code width x height}: its pixel data is that of a 64x64 picture. */
    public static Path pngClaiming(Path dir, String name, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(small(BufferedImage.TYPE_INT_RGB), "png", bytes);
        ByteBuffer png = ByteBuffer.wrap(bytes.toByteArray());
        // signature (8), IHDR length (4) and type (4), then width and height; the chunk's CRC covers type and data
        png.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png.array(), 12, 17);
        png.putInt(29, (int) crc.getValue());
        return Files.write(dir.resolve(name), png.array());
    }

    /** A small progressive JPEG whose frame header says it is {@code width x height}. */
    public static Path progressiveJpegClaiming(Path dir, String name, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.setOutput(out);
            writer.write(null, new IIOImage(small(BufferedImage.TYPE_INT_RGB), null, null), param);
        } finally {
            writer.dispose();
        }
        ByteBuffer jpeg = ByteBuffer.wrap(bytes.toByteArray());
        int at = 2;
        while ((jpeg.get(at + 1) & 0xFF) != 0xC2) {
            if ((jpeg.get(at) & 0xFF) != 0xFF) {
                throw new IllegalStateException("no progressive frame header in the JPEG written");
            }
            at += 2 + (jpeg.getShort(at + 2) & 0xFFFF);
        }
        // marker (2), length (2), precision (1), then height and width
        jpeg.putShort(at + 5, (short) height).putShort(at + 7, (short) width);
        return Files.write(dir.resolve(name), jpeg.array());
    }

    /**
     * A TIFF of {@code side}x{@code side} pixels of 16-bit RGBA (8 bytes each) in one Deflate strip of zeros: under a
     * megabyte on disk, 8 bytes a pixel if decoded whole.
     */
    public static Path deepTiff(Path dir, String name, int side) throws IOException {
        ByteArrayOutputStream strip = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream deflate = new java.util.zip.DeflaterOutputStream(strip)) {
            byte[] row = new byte[side * 8];
            for (int y = 0; y < side; y++) {
                deflate.write(row);
            }
        }
        short[][] tags = {
            // tag, type (3 SHORT, 4 LONG), value; offsets filled in below
            {256, 4}, {257, 4}, {258, 3}, {259, 3}, {262, 3}, {273, 4}, {277, 3}, {278, 4}, {279, 4}, {284, 3},
            {338, 3}};
        int ifd = 8;
        int bitsAt = ifd + 2 + tags.length * 12 + 4;
        int stripAt = bitsAt + 8;
        long[] values = {side, side, bitsAt, 8, 2, stripAt, 4, side, strip.size(), 1, 2};
        ByteBuffer out = ByteBuffer.allocate(stripAt + strip.size()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd);
        out.putShort((short) tags.length);
        for (int i = 0; i < tags.length; i++) {
            out.putShort(tags[i][0]).putShort(tags[i][1]);
            out.putInt(tags[i][0] == 258 ? 4 : 1); // BitsPerSample: one per channel, kept at bitsAt
            if (tags[i][1] == 3 && tags[i][0] != 258) {
                out.putShort((short) values[i]).putShort((short) 0);
            } else {
                out.putInt((int) values[i]);
            }
        }
        out.putInt(0);
        for (int channel = 0; channel < 4; channel++) {
            out.putShort((short) 16);
        }
        out.put(strip.toByteArray());
        Path file = dir.resolve(name);
        Files.write(file, out.array());
        return file;
    }

    private static BufferedImage small(int type) {
        BufferedImage image = new BufferedImage(64, 64, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(20, 10, 24, 44);
        g.dispose();
        return image;
    }
}
