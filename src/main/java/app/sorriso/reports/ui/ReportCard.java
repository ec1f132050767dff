package app.sorriso.reports.ui;

import app.sorriso.reports.ReportCriteria;
import app.sorriso.reports.ReportFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One report: what it shows, its filters, and a PDF and a CSV download. The file is written on the download's own
 * request, outside the screen's session lock, so a long report never freezes the screen; it reads the filters as
 * they were last set, from a field the screen keeps up to date.
 */
class ReportCard extends Div {

    private final Div filters = new Div();
    private final Div downloads = new Div();
    private final Anchor pdf;
    private final Anchor csv;
    private volatile ReportCriteria criteria;

    ReportCard(String key, VaadinIcon icon, Writer writer, String fileName, Locale locale, Clock clock) {
        addClassNames("card", "report-card");
        var symbol = icon.create();
        symbol.addClassName("report-icon");
        Div title = new Div(symbol, new H2(getTranslation(key + ".title")));
        title.addClassName("report-title");
        Paragraph description = new Paragraph(getTranslation(key + ".description"));
        filters.addClassName("report-filters");
        pdf = download(ReportFormat.PDF, VaadinIcon.FILE_TEXT_O, writer, fileName, locale, clock, true);
        csv = download(ReportFormat.CSV, VaadinIcon.TABLE, writer, fileName, locale, clock, false);
        downloads.addClassName("report-downloads");
        downloads.add(pdf, csv);
        add(title, description, filters, downloads);
    }

    void addFilters(Component... fields) {
        filters.add(fields);
    }

    /** The filters as they now stand; null when they are not valid, which disables the downloads. */
    void setCriteria(ReportCriteria criteria) {
        this.criteria = criteria;
        pdf.setEnabled(criteria != null);
        csv.setEnabled(criteria != null);
        downloads.getClassNames().set("disabled", criteria == null);
    }

    private Anchor download(
            ReportFormat format,
            VaadinIcon icon,
            Writer writer,
            String fileName,
            Locale locale,
            Clock clock,
            boolean primary) {
        Anchor link = new Anchor(
                event -> {
                    ReportCriteria current = criteria;
                    event.setFileName(fileName + "-" + LocalDate.now(clock) + "." + format.extension());
                    event.setContentType(format.contentType());
                    try (OutputStream out = event.getOutputStream()) {
                        writer.write(current, format, locale, out);
                    }
                },
                "");
        Button button = new Button(getTranslation("report.download." + format.extension()), icon.create());
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        link.add(button);
        link.addClassName("report-download");
        return link;
    }

    /** One of {@code ClinicReports}' methods. */
    @FunctionalInterface
    interface Writer {
        void write(ReportCriteria criteria, ReportFormat format, Locale locale, OutputStream out);
    }
}
