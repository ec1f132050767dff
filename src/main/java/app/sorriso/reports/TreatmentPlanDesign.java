package app.sorriso.reports;

import java.awt.Color;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;

/**
 * The treatment plan's page: the steps as the clinic's framed table, then, instead of a plain summary, the plan's
 * description, its total and progress, the place and date, and two signature lines (patient, dentist).
 */
final class TreatmentPlanDesign {

    static final String DESCRIPTION = "PLAN_DESCRIPTION";
    static final String TOTAL = "PLAN_TOTAL";
    static final String PROGRESS = "PLAN_PROGRESS";
    static final String PLACE_AND_DATE = "PLACE_AND_DATE";
    static final String PATIENT = "PATIENT";
    static final String PATIENT_LINE = "PATIENT_LINE";
    static final String DENTIST = "DENTIST";
    static final String DENTIST_LINE = "DENTIST_LINE";

    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final int SIGNATURE_WIDTH = 240;

    private TreatmentPlanDesign() {}

    static JasperDesign of(ReportLayout layout) throws JRException {
        JasperDesign design = ReportDesigns.table(layout);
        for (String name :
                new String[] {DESCRIPTION, TOTAL, PROGRESS, PLACE_AND_DATE, PATIENT, PATIENT_LINE, DENTIST, DENTIST_LINE
                }) {
            JRDesignParameter parameter = new JRDesignParameter();
            parameter.setName(name);
            parameter.setValueClass(String.class);
            design.addParameter(parameter);
        }
        int width = design.getColumnWidth();

        JRDesignBand summary = new JRDesignBand();
        summary.setHeight(176);
        summary.addElement(ReportDesigns.line(0, 4, width, MUTED));
        JRDesignTextField description =
                ReportDesigns.text("$P{" + DESCRIPTION + "}", 0, 10, width, 14, 9f, false, MUTED);
        description.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
        description.setRemoveLineWhenBlank(true);
        summary.addElement(description);
        summary.addElement(below(right(ReportDesigns.text("$P{" + TOTAL + "}", 0, 28, width, 18, 12f, true, INK))));
        summary.addElement(
                below(right(ReportDesigns.text("$P{" + PROGRESS + "}", 0, 46, width, 14, 9f, false, MUTED))));
        summary.addElement(below(ReportDesigns.text("$P{" + PLACE_AND_DATE + "}", 0, 78, width, 14, 9f, false, INK)));

        int dentistX = width - SIGNATURE_WIDTH;
        summary.addElement(below(ReportDesigns.line(0, 134, SIGNATURE_WIDTH, INK)));
        summary.addElement(below(ReportDesigns.line(dentistX, 134, SIGNATURE_WIDTH, INK)));
        summary.addElement(
                below(ReportDesigns.text("$P{" + PATIENT + "}", 0, 138, SIGNATURE_WIDTH, 14, 9f, true, INK)));
        summary.addElement(
                below(ReportDesigns.text("$P{" + PATIENT_LINE + "}", 0, 152, SIGNATURE_WIDTH, 12, 8f, false, MUTED)));
        summary.addElement(
                below(ReportDesigns.text("$P{" + DENTIST + "}", dentistX, 138, SIGNATURE_WIDTH, 14, 9f, true, INK)));
        summary.addElement(below(
                ReportDesigns.text("$P{" + DENTIST_LINE + "}", dentistX, 152, SIGNATURE_WIDTH, 12, 8f, false, MUTED)));
        design.setSummary(summary);
        return design;
    }

    /** Moves down with the description above it when that runs to several lines. */
    private static <T extends JRDesignElement> T below(T element) {
        element.setPositionType(PositionTypeEnum.FLOAT);
        return element;
    }

    private static JRDesignTextField right(JRDesignTextField field) {
        field.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
        return field;
    }
}
