package app.sorriso.demo;

import app.sorriso.files.FileService;
import app.sorriso.files.FileService.NewFile;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The demo patient's exams: a panoramic X-ray, a photo of the smile and a lab report, drawn here so the demo ships
 * no image files. They go through the file store like any upload, after the demo clinic is committed.
 */
@Component
class DemoExams {

    private final FileService files;

    DemoExams(FileService files) {
        this.files = files;
    }

    void fill(long patientId) {
        store(patientId, "radiografia-panoramica.png", image("png", 1600, 800, DemoExams::panoramic));
        store(patientId, "foto-sorriso.jpg", image("jpg", 1200, 900, DemoExams::smile));
        store(patientId, "hemograma.pdf", pdf("Hemograma completo - resultado dentro da normalidade"));
    }

    private void store(long patientId, String name, byte[] content) {
        files.store(new NewFile(patientId, null, name, null, new ByteArrayInputStream(content)));
    }

    private interface Drawing {
        void draw(Graphics2D graphics, int width, int height);
    }

    private static byte[] image(String format, int width, int height, Drawing drawing) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        drawing.draw(graphics, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Two arches of teeth, pale on black, as a panoramic X-ray shows them. */
    private static void panoramic(Graphics2D graphics, int width, int height) {
        graphics.setPaint(new GradientPaint(0, 0, new Color(18, 20, 22), 0, height, new Color(40, 44, 48)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(90, 96, 100));
        graphics.setStroke(new BasicStroke(26));
        graphics.draw(new Arc2D.Double(width * 0.08, height * 0.1, width * 0.84, height * 1.3, 20, 140, Arc2D.OPEN));
        for (int row = 0; row < 2; row++) {
            for (int tooth = 0; tooth < 16; tooth++) {
                double x = width * 0.12 + tooth * width * 0.0475;
                double curve = Math.pow((tooth - 7.5) / 7.5, 2) * height * 0.06;
                double y = (row == 0 ? height * 0.24 : height * 0.47) - curve;
                int shade = 200 + (tooth * 7 % 40);
                graphics.setColor(new Color(150, 150, 146));
                double root = row == 0 ? y - height * 0.1 : y + height * 0.12;
                graphics.fill(
                        new RoundRectangle2D.Double(x + width * 0.012, root, width * 0.014, height * 0.16, 10, 10));
                graphics.setColor(new Color(shade, shade, shade - 6));
                graphics.fill(new RoundRectangle2D.Double(x, y, width * 0.038, height * 0.2, 30, 40));
            }
        }
    }

    /** A warm close-up of a smile. */
    private static void smile(Graphics2D graphics, int width, int height) {
        graphics.setPaint(new GradientPaint(0, 0, new Color(241, 196, 170), width, height, new Color(214, 150, 122)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(170, 60, 70));
        graphics.fill(new Arc2D.Double(width * 0.15, height * 0.05, width * 0.7, height * 0.8, 200, 140, Arc2D.CHORD));
        graphics.setColor(new Color(250, 248, 240));
        for (int tooth = 0; tooth < 8; tooth++) {
            double x = width * 0.25 + tooth * width * 0.0625;
            graphics.fill(new RoundRectangle2D.Double(x, height * 0.5, width * 0.058, height * 0.12, 18, 18));
        }
    }

    /** A one-page PDF with a line of text, written by hand: the format is simple enough for that. */
    private static byte[] pdf(String text) {
        String stream = "BT /F1 18 Tf 72 760 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n");
        pdf.append("startxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
