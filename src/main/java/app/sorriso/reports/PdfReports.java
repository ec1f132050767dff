package app.sorriso.reports;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ClinicProperties;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.fill.JRGzipVirtualizer;
import org.springframework.stereotype.Component;

/**
 * Renders PDF documents with JasperReports inside the clinic's frame (see {@link ReportDesigns}). Each report is
 * compiled once, the first time it is asked for, and kept: compiling takes a good part of a second, filling a page
 * takes milliseconds. Filled pages beyond a small number are kept compressed, so a long report does not fill memory.
 */
@Component
public class PdfReports {

    private static final int PAGES_IN_MEMORY = 20;

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();
    private final ClinicProperties clinic;
    private final I18NProvider i18n;
    private final Clock clock;

    PdfReports(ClinicProperties clinic, I18NProvider i18n, Clock clock) {
        this.clinic = clinic;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** A table report: the layout's columns filled from {@code rows}, with the page's texts. */
    public void render(
            ReportLayout layout,
            ReportPage page,
            Iterator<? extends List<String>> rows,
            Locale locale,
            OutputStream out) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < page.headers().size(); i++) {
            parameters.put("H" + i, page.headers().get(i));
        }
        render(
                layout.name(),
                () -> ReportDesigns.table(layout),
                page.title(),
                page.filters(),
                String.join("\n", page.summary()),
                parameters,
                new RowSource(rows),
                locale,
                out);
    }

    /**
     * Any framed design: {@code design} builds it the first time {@code name} is rendered; later renderings reuse
     * the compiled report. {@code extra} adds the design's own parameters to the frame's.
     */
    public void render(
            String name,
            DesignSource design,
            String title,
            String filters,
            String summary,
            Map<String, Object> extra,
            net.sf.jasperreports.engine.JRDataSource data,
            Locale locale,
            OutputStream out) {
        JRGzipVirtualizer virtualizer = new JRGzipVirtualizer(PAGES_IN_MEMORY);
        try {
            Map<String, Object> parameters = new HashMap<>(extra);
            parameters.put(ReportDesigns.CLINIC, clinic.name());
            parameters.put(ReportDesigns.CLINIC_ADDRESS, clinic.address() + " · " + clinic.phone());
            parameters.put(ReportDesigns.TITLE, title);
            parameters.put(ReportDesigns.FILTERS, filters);
            parameters.put(ReportDesigns.SUMMARY, summary);
            parameters.put(
                    ReportDesigns.GENERATED,
                    i18n.getTranslation(
                            "report.generated", locale, ClinicFormats.DATE_TIME.format(LocalDateTime.now(clock))));
            // The pattern itself ("Página {0} de {1}"): JasperReports fills in the numbers.
            parameters.put(ReportDesigns.PAGE_PATTERN, i18n.getTranslation("report.page", locale));
            parameters.put(JRParameter.REPORT_LOCALE, locale);
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            JasperPrint print = JasperFillManager.fillReport(compiled(name, design), parameters, data);
            JasperExportManager.exportReportToPdfStream(print, out);
        } catch (JRException e) {
            throw new IllegalStateException("Could not render report " + name, e);
        } finally {
            virtualizer.cleanup();
        }
    }

    private JasperReport compiled(String name, DesignSource design) {
        return compiled.computeIfAbsent(name, key -> {
            try {
                return JasperCompileManager.compileReport(design.get());
            } catch (JRException e) {
                throw new IllegalStateException("Could not compile report " + key, e);
            }
        });
    }

    /** Builds a report's design; called once per report name. */
    @FunctionalInterface
    public interface DesignSource {
        JasperDesign get() throws JRException;
    }
}
