package app.sorriso.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * A small JPEG preview of an uploaded image, turned the way the phone held it (Thumbnailator reads the EXIF
 * orientation) and laid on white where the image is transparent.
 */
final class Thumbnail {

    /** The longest side of a preview, in pixels: sharp on a phone's gallery and a tablet's list. */
    static final int SIZE = 480;

    /**
     * Images with more pixels than this are not decoded: a small file can unpack into gigabytes (a "decompression
     * bomb"), and no camera or X-ray sensor produces such images.
     */
    private static final long MAX_PIXELS = 80_000_000L;

    private Thumbnail() {}

    static boolean write(Path source, Path target) throws IOException {
        if (!reasonableSize(source)) {
            return false;
        }
        BufferedImage scaled = Thumbnails.of(source.toFile()).size(SIZE, SIZE).asBufferedImage();
        BufferedImage flat = new BufferedImage(scaled.getWidth(), scaled.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = flat.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            graphics.drawImage(scaled, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        if (!ImageIO.write(flat, "jpg", part.toFile())) {
            return false;
        }
        Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    private static boolean reasonableSize(Path source) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return (long) reader.getWidth(0) * reader.getHeight(0) <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        }
    }
}
