package app.sorriso.treatments.ui;

import app.sorriso.treatments.Surface;
import app.sorriso.treatments.Tooth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The odontogram as SVG text: every tooth as the five-surface circle Brazilian charts use (vestibular, lingual or
 * palatal, mesial, distal, and occlusal or incisal in the middle), in FDI order as the dentist faces the patient.
 * Two layouts: both sides of the mouth side by side, or, for phones, one side above the other.
 */
final class OdontogramDrawing {

    /** Both sides in one row of 16 teeth: narrow cells, so a tablet's screen gives each tooth a fingertip. */
    private static final Geometry WIDE = new Geometry(48, 12, 42, 34);

    /** One side (8 teeth) per row on a phone: wider cells and bigger teeth. */
    private static final Geometry NARROW = new Geometry(56, 0, 46, 38);

    private static final int LABEL = 18;
    private static final int ARCH_GAP = 14;
    private static final int CAPTION = 22;

    /**
     * The sizes of one layout, in SVG units.
     *
     * @param cell the width of one tooth's column, which is also its tap area
     * @param midlineGap the space between the patient's right and left sides
     */
    private record Geometry(int cell, int midlineGap, int permanent, int primary) {

        int row(boolean primaryTooth) {
            return LABEL + (primaryTooth ? primary : permanent) + 8;
        }

        int mouth() {
            return 2 * (row(false) + row(true)) + ARCH_GAP;
        }
    }

    private final Geometry geometry;
    private final Map<Integer, ToothMark> marks;
    private final Function<Tooth, String> describe;
    private final String rightCaption;
    private final String leftCaption;
    private final StringBuilder svg = new StringBuilder(32_000);

    /**
     * @param describe what a screen reader (and a hovering mouse) says of a tooth
     * @param rightCaption the words under the patient's right side, which a chart draws on the left
     */
    private OdontogramDrawing(
            Geometry geometry,
            Map<Integer, ToothMark> marks,
            Function<Tooth, String> describe,
            String rightCaption,
            String leftCaption) {
        this.geometry = geometry;
        this.marks = marks;
        this.describe = describe;
        this.rightCaption = rightCaption;
        this.leftCaption = leftCaption;
    }

    /** Both sides side by side, the patient's right on the left, as on a paper chart. */
    static String wide(
            Map<Integer, ToothMark> marks, Function<Tooth, String> describe, String rightCaption, String leftCaption) {
        return new OdontogramDrawing(WIDE, marks, describe, rightCaption, leftCaption).drawWide();
    }

    /** The patient's right side above their left side: half as wide, for a phone held upright. */
    static String narrow(
            Map<Integer, ToothMark> marks, Function<Tooth, String> describe, String rightCaption, String leftCaption) {
        return new OdontogramDrawing(NARROW, marks, describe, rightCaption, leftCaption).drawNarrow();
    }

    private String drawWide() {
        int cell = geometry.cell();
        int mouth = geometry.mouth();
        int width = 16 * cell + geometry.midlineGap();
        open(width, mouth + CAPTION + 4);
        int midX = 8 * cell + geometry.midlineGap() / 2;
        line(midX, 0, midX, mouth);
        line(0, archLine(0), width, archLine(0));
        mouth(
                0,
                tooth -> tooth.isOnPatientsRight()
                        ? (8 - tooth.place()) * cell
                        : 8 * cell + geometry.midlineGap() + (tooth.place() - 1) * cell);
        caption(4, mouth + CAPTION - 4, "start", rightCaption);
        caption(width - 4, mouth + CAPTION - 4, "end", leftCaption);
        return close();
    }

    private String drawNarrow() {
        int cell = geometry.cell();
        int width = 8 * cell;
        int block = CAPTION + geometry.mouth();
        open(width, 2 * block + ARCH_GAP);
        for (boolean right : new boolean[] {true, false}) {
            int top = right ? 0 : block + ARCH_GAP;
            caption(
                    right ? 4 : width - 4,
                    top + CAPTION - 6,
                    right ? "start" : "end",
                    right ? rightCaption : leftCaption);
            line(right ? width : 0, top + CAPTION, right ? width : 0, top + block);
            line(0, archLine(top + CAPTION), width, archLine(top + CAPTION));
            mouth(
                    top + CAPTION,
                    tooth -> tooth.isOnPatientsRight() == right
                            ? (right ? (8 - tooth.place()) * cell : (tooth.place() - 1) * cell)
                            : -1);
        }
        return close();
    }

    /** The four rows, upper permanent at the top; teeth whose x is negative belong to the other half. */
    private void mouth(int top, Function<Tooth, Integer> xOf) {
        int permanent = geometry.row(false);
        int primary = geometry.row(true);
        row(Tooth.PERMANENT_UPPER, top, true, xOf);
        row(Tooth.PRIMARY_UPPER, top + permanent, true, xOf);
        row(Tooth.PRIMARY_LOWER, top + permanent + primary + ARCH_GAP, false, xOf);
        row(Tooth.PERMANENT_LOWER, top + permanent + 2 * primary + ARCH_GAP, false, xOf);
    }

    private int archLine(int top) {
        return top + geometry.row(false) + geometry.row(true) + ARCH_GAP / 2;
    }

    private void row(List<Tooth> teeth, int top, boolean upper, Function<Tooth, Integer> xOf) {
        for (Tooth tooth : teeth) {
            int x = xOf.apply(tooth);
            if (x >= 0) {
                tooth(tooth, x, top, upper);
            }
        }
    }

    private void tooth(Tooth tooth, int cellX, int top, boolean upper) {
        int cell = geometry.cell();
        int size = tooth.isPrimary() ? geometry.primary() : geometry.permanent();
        int rowHeight = geometry.row(tooth.isPrimary());
        double cx = cellX + cell / 2.0;
        double cy = upper ? top + LABEL + size / 2.0 : top + 4 + size / 2.0;
        double labelY = upper ? top + 14 : top + 4 + size + 15;
        ToothMark mark = marks.get(tooth.number());
        String label = describe.apply(tooth);

        start(
                "g",
                "class",
                "tooth",
                "data-primary",
                tooth.isPrimary(),
                "data-whole",
                mark != null && mark.whole(),
                "data-tooth",
                tooth.number(),
                "data-state",
                mark == null ? "none" : mark.state().name().toLowerCase(Locale.ROOT),
                "tabindex",
                0,
                "role",
                "button",
                "aria-label",
                label);
        text("title", label);
        element("rect", "class", "hit", "x", cellX + 1, "y", top, "width", cell - 2, "height", rowHeight, "rx", 8);
        faces(tooth, cx, cy, size / 2.0, size * 0.2, mark == null ? Set.of() : mark.surfaces());
        text(
                "text",
                String.valueOf(tooth.number()),
                "class",
                "tooth-number",
                "x",
                cx,
                "y",
                labelY,
                "text-anchor",
                "middle");
        end("g");
    }

    /**
     * Four quarter rings and a middle circle. The outer quarter faces the lips or cheeks (vestibular) on the side
     * away from the other arch; the inner one the tongue or palate; mesial is the side towards the midline.
     */
    private void faces(Tooth tooth, double cx, double cy, double outer, double inner, Set<Surface> marked) {
        boolean mesialOnTheRight = tooth.isOnPatientsRight();
        String top = tooth.isUpper() ? "V" : "LP";
        String bottom = tooth.isUpper() ? "LP" : "V";
        quarter(cx, cy, outer, inner, -135, top, marked);
        quarter(cx, cy, outer, inner, -45, mesialOnTheRight ? "M" : "D", marked);
        quarter(cx, cy, outer, inner, 45, bottom, marked);
        quarter(cx, cy, outer, inner, 135, mesialOnTheRight ? "D" : "M", marked);
        String middle = tooth.isAnterior() ? "I" : "O";
        element(
                "circle",
                "class",
                "face",
                "data-face",
                middle,
                "data-covered",
                covers(marked, middle),
                "cx",
                cx,
                "cy",
                cy,
                "r",
                inner);
    }

    private void quarter(
            double cx, double cy, double outer, double inner, int fromDegrees, String letters, Set<Surface> marked) {
        double from = Math.toRadians(fromDegrees);
        double to = Math.toRadians(fromDegrees + 90);
        String path = String.format(
                Locale.ROOT,
                "M%.2f %.2f A%.2f %.2f 0 0 1 %.2f %.2f L%.2f %.2f A%.2f %.2f 0 0 0 %.2f %.2f Z",
                cx + outer * Math.cos(from),
                cy + outer * Math.sin(from),
                outer,
                outer,
                cx + outer * Math.cos(to),
                cy + outer * Math.sin(to),
                cx + inner * Math.cos(to),
                cy + inner * Math.sin(to),
                inner,
                inner,
                cx + inner * Math.cos(from),
                cy + inner * Math.sin(from));
        element(
                "path",
                "class",
                "face",
                "data-face",
                letters.substring(0, 1),
                "data-covered",
                covers(marked, letters),
                "d",
                path);
    }

    /** Whether a step covers the face; the inner face stands for lingual and palatal alike. */
    private static boolean covers(Set<Surface> marked, String letters) {
        return marked.stream().anyMatch(surface -> letters.contains(surface.name()));
    }

    private void open(int width, int height) {
        start(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "viewBox",
                "0 0 " + width + " " + height,
                "class",
                "odontogram-svg");
    }

    private void line(int x1, int y1, int x2, int y2) {
        element("line", "class", "odontogram-line", "x1", x1, "y1", y1, "x2", x2, "y2", y2);
    }

    private void caption(int x, int y, String anchor, String text) {
        text("text", text, "class", "odontogram-caption", "x", x, "y", y, "text-anchor", anchor);
    }

    private String close() {
        end("svg");
        return svg.toString();
    }

    /** Writes an opening tag with its attributes, given as name and value pairs. */
    private void start(String name, Object... attributes) {
        svg.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            String written = value instanceof Double number
                    ? String.format(Locale.ROOT, "%.1f", number)
                    : escape(String.valueOf(value));
            svg.append(' ').append(attributes[i]).append("=\"").append(written).append('"');
        }
        svg.append('>');
    }

    private void end(String name) {
        svg.append("</").append(name).append('>');
    }

    private void element(String name, Object... attributes) {
        start(name, attributes);
        end(name);
    }

    private void text(String name, String content, Object... attributes) {
        start(name, attributes);
        svg.append(escape(content));
        end(name);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
