package app.sorriso.reports;

import java.awt.Color;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignLine;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JRDesignVariable;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.CalculationEnum;
import net.sf.jasperreports.engine.type.EvaluationTimeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.OrientationEnum;
import net.sf.jasperreports.engine.type.ResetTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;

/**
 * Builds the design of a tabular report inside the clinic's frame: the clinic's name and address, the title and the
 * filters on top of every page; "Gerado em …" and "Página X de Y" at the bottom. The frame is public so that other
 * documents (a treatment plan) can put their own bands inside the same header and footer.
 */
public final class ReportDesigns {

    /** Parameters every framed report receives. */
    public static final String CLINIC = "CLINIC";

    public static final String CLINIC_ADDRESS = "CLINIC_ADDRESS";
    public static final String TITLE = "TITLE";
    public static final String FILTERS = "FILTERS";
    public static final String GENERATED = "GENERATED";
    public static final String PAGE_PATTERN = "PAGE_PATTERN";
    public static final String SUMMARY = "SUMMARY";

    static final String FONT = "DejaVu Sans";
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final Color BRAND = new Color(0x0f, 0x76, 0x6e);
    private static final Color SHADE = new Color(0xf1, 0xf5, 0xf4);
    private static final int ROW = 16;

    private ReportDesigns() {}

    /** A page with the clinic's header and footer and nothing in between yet. */
    public static JasperDesign framed(String name, boolean landscape) throws JRException {
        JasperDesign design = new JasperDesign();
        design.setName(name);
        design.setLanguage("java");
        design.setPageWidth(landscape ? 842 : 595);
        design.setPageHeight(landscape ? 595 : 842);
        design.setOrientation(landscape ? OrientationEnum.LANDSCAPE : OrientationEnum.PORTRAIT);
        design.setLeftMargin(20);
        design.setRightMargin(20);
        design.setTopMargin(24);
        design.setBottomMargin(20);
        int width = design.getPageWidth() - 40;
        design.setColumnWidth(width);

        JRDesignStyle base = new JRDesignStyle();
        base.setName("base");
        base.setDefault(true);
        base.setFontName(FONT);
        base.setFontSize(9f);
        base.setForecolor(INK);
        design.addStyle(base);

        for (String parameter :
                new String[] {CLINIC, CLINIC_ADDRESS, TITLE, FILTERS, GENERATED, PAGE_PATTERN, SUMMARY}) {
            JRDesignParameter declared = new JRDesignParameter();
            declared.setName(parameter);
            declared.setValueClass(String.class);
            design.addParameter(declared);
        }

        // The current page, frozen at the end of each page; the built-in PAGE_NUMBER, read at the end of the report,
        // is the page count. An "Auto" text field reads each at its own time: "Página 3 de 12" in one piece of text.
        JRDesignVariable currentPage = new JRDesignVariable();
        currentPage.setName("CURRENT_PAGE");
        currentPage.setValueClass(Integer.class);
        currentPage.setResetType(ResetTypeEnum.PAGE);
        currentPage.setCalculation(CalculationEnum.NOTHING);
        currentPage.setExpression(expression("$V{PAGE_NUMBER}"));
        design.addVariable(currentPage);

        JRDesignBand header = new JRDesignBand();
        header.setHeight(78);
        header.addElement(text("$P{CLINIC}", 0, 0, width, 18, 14f, true, BRAND));
        header.addElement(text("$P{CLINIC_ADDRESS}", 0, 18, width, 12, 8f, false, MUTED));
        header.addElement(text("$P{TITLE}", 0, 36, width, 18, 12f, true, INK));
        JRDesignTextField filters = text("$P{FILTERS}", 0, 54, width, 14, 8.5f, false, MUTED);
        filters.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
        header.addElement(filters);
        header.addElement(line(0, 74, width, BRAND));
        design.setPageHeader(header);

        JRDesignBand footer = new JRDesignBand();
        footer.setHeight(22);
        footer.addElement(line(0, 2, width, MUTED));
        footer.addElement(text("$P{GENERATED}", 0, 6, width / 2, 14, 8f, false, MUTED));
        JRDesignTextField pages = text(
                "msg($P{PAGE_PATTERN}, $V{CURRENT_PAGE}, $V{PAGE_NUMBER})",
                width / 2,
                6,
                width / 2,
                14,
                8f,
                false,
                MUTED);
        pages.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
        pages.setEvaluationTime(EvaluationTimeEnum.AUTO);
        footer.addElement(pages);
        design.setPageFooter(footer);
        return design;
    }

    /** A framed table: one column header row, one detail row per data row, an optional group heading, a summary. */
    static JasperDesign table(ReportLayout layout) throws JRException {
        JasperDesign design = framed(layout.name(), layout.landscape());
        int width = design.getColumnWidth();

        JRDesignBand columnHeader = new JRDesignBand();
        columnHeader.setHeight(ROW + 2);
        JRDesignBand detail = new JRDesignBand();
        detail.setHeight(ROW);
        int x = 0;
        for (int i = 0; i < layout.columns().size(); i++) {
            JRDesignField field = new JRDesignField();
            field.setName("c" + i);
            field.setValueClass(String.class);
            design.addField(field);
            JRDesignParameter heading = new JRDesignParameter();
            heading.setName("H" + i);
            heading.setValueClass(String.class);
            design.addParameter(heading);
            if (i == layout.groupColumn()) {
                continue;
            }
            ReportLayout.Column column = layout.columns().get(i);
            JRDesignTextField head = text("$P{H" + i + "}", x, 0, column.width(), ROW, 8.5f, true, INK);
            head.setMode(ModeEnum.OPAQUE);
            head.setBackcolor(SHADE);
            JRDesignTextField cell = text("$F{c" + i + "}", x, 0, column.width(), ROW, 9f, false, INK);
            cell.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
            if (column.alignRight()) {
                head.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
                cell.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
            }
            columnHeader.addElement(head);
            detail.addElement(cell);
            x += column.width();
        }
        design.setColumnHeader(columnHeader);
        ((JRDesignSection) design.getDetailSection()).addBand(detail);

        if (layout.groupColumn() >= 0) {
            JRDesignGroup group = new JRDesignGroup();
            group.setName("group");
            group.setExpression(expression("$F{c" + layout.groupColumn() + "}"));
            JRDesignBand heading = new JRDesignBand();
            heading.setHeight(ROW + 8);
            JRDesignTextField name = text("$F{c" + layout.groupColumn() + "}", 0, 6, width, ROW, 10f, true, BRAND);
            heading.addElement(name);
            ((JRDesignSection) group.getGroupHeaderSection()).addBand(heading);
            design.addGroup(group);
        }

        JRDesignBand summary = new JRDesignBand();
        summary.setHeight(26);
        summary.addElement(line(0, 4, width, MUTED));
        JRDesignTextField lines = text("$P{SUMMARY}", 0, 10, width, 14, 9f, true, INK);
        lines.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
        summary.addElement(lines);
        design.setSummary(summary);
        return design;
    }

    public static JRDesignTextField text(
            String expression, int x, int y, int width, int height, float size, boolean bold, Color color) {
        JRDesignTextField field = new JRDesignTextField();
        field.setExpression(expression(expression));
        field.setX(x);
        field.setY(y);
        field.setWidth(width);
        field.setHeight(height);
        field.setFontSize(size);
        field.setBold(bold);
        field.setForecolor(color);
        field.setBlankWhenNull(true);
        field.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
        field.getLineBox().setLeftPadding(3);
        field.getLineBox().setRightPadding(3);
        return field;
    }

    /** A horizontal rule of the given colour, as the frame and the plan's signature lines draw them. */
    static JRDesignLine line(int x, int y, int width, Color color) {
        JRDesignLine line = new JRDesignLine();
        line.setX(x);
        line.setY(y);
        line.setWidth(width);
        line.setHeight(0);
        line.setForecolor(color);
        return line;
    }

    private static JRDesignExpression expression(String text) {
        return new JRDesignExpression(text);
    }
}
