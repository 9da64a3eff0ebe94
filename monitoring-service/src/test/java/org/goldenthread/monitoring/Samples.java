package org.goldenthread.monitoring;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small evidence files: a real PNG (a photographed display, drawn), a PDF header, plain text. */
public final class Samples {
    private Samples() {
    }

    /** A real PNG image of the given size. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1f5c99));
        for (int x = 10; x < width - 10; x += 20) {
            g.drawLine(x, height / 2 - 5, x, height / 2 + 5);
        }
        g.drawLine(10, height / 2, width - 10, height / 2);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that start like a PDF, padded to the size asked. */
    public static byte[] pdf(int size) {
        byte[] head = "%PDF-1.7\n% work sample\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(head, Math.max(size, head.length));
        Arrays.fill(bytes, head.length, bytes.length, (byte) ' ');
        return bytes;
    }

    public static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
