package app.sorriso.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.base.CsvExport;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentService.NewInstalments;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientService;
import app.sorriso.security.SystemTask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every report renders as a PDF whose text reads right, and as a CSV that Excel in Brazil and a parser read back. */
@ClinicIntegrationTest
@WithUserDetails("admin@sorriso.demo")
class ClinicReportsTest {

    private static final Locale PT = Locale.forLanguageTag("pt-BR");
    /** A month no other test writes payments into, so the financial report's totals are known exactly. */
    private static final LocalDate MONTH = LocalDate.of(2031, 3, 1);

    @Autowired
    ClinicReports reports;

    @Autowired
    PaymentService payments;

    @Autowired
    PatientService patients;

    private static boolean seeded;

    @BeforeEach
    void knownPayments() {
        if (seeded) {
            return;
        }
        seeded = true;
        SystemTask.run(() -> {
            Patient patient = new Patient(
                    "Conceição Araújo Güell", Cpf.random(ThreadLocalRandom.current()), LocalDate.of(1980, 2, 2));
            long id = patients.register(patient).getId();
            payments.registerInstalments(
                    new NewInstalments(id, null, "Implante e coroa", new BigDecimal("3500.00"), 3, MONTH));
            payments.registerInstalments(
                    new NewInstalments(id, null, "Clareamento", new BigDecimal("1234.56"), 1, MONTH.plusDays(14)));
        });
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] render(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toByteArray();
    }

    @Test
    void the_financial_pdf_has_the_clinic_header_accents_brl_totals_and_page_numbers() throws IOException {
        ReportCriteria march = ReportCriteria.period(MONTH, MONTH.plusMonths(1).minusDays(1));

        String text = pdfText(render(out -> reports.financial(march, ReportFormat.PDF, PT, out)));

        assertThat(text)
                .contains("Sorriso Odontologia")
                .contains("Relatório financeiro")
                .contains("Vencimento: 01/03/2031 a 31/03/2031")
                .contains("Conceição Araújo Güell")
                .contains("R$ 1.166,66")
                .contains("R$ 1.234,56")
                .contains("A receber R$ 2.401,22")
                .contains("Página 1 de 1")
                .contains("Gerado em");
    }

    @Test
    void a_long_report_numbers_its_pages_against_the_total() throws IOException {
        String text = pdfText(render(out -> reports.patients(
                new ReportCriteria(null, null, null, null, null, null, null), ReportFormat.PDF, PT, out)));

        int pages = Integer.parseInt(text.replaceAll("(?s).*Página 1 de (\\d+).*", "$1"));
        assertThat(pages).isGreaterThan(1);
        assertThat(text).contains("Página " + pages + " de " + pages).contains("Lista de pacientes");
    }

    @Test
    void the_agenda_and_appointment_pdfs_render_with_accents() throws IOException {
        LocalDate monday = payments.today().with(java.time.DayOfWeek.MONDAY);
        ReportCriteria week = ReportCriteria.period(monday, monday.plusDays(6));

        String agenda = pdfText(render(out -> reports.agenda(week, ReportFormat.PDF, PT, out)));
        String list = pdfText(render(out -> reports.appointments(week, ReportFormat.PDF, PT, out)));

        assertThat(agenda)
                .contains("Agenda por profissional")
                .contains("Dra. Helena Martins")
                .contains("Página 1 de");
        assertThat(list)
                .contains("Consultas por período e situação")
                .contains("Situação")
                .contains("Página 1 de");
    }

    @Test
    void the_financial_csv_starts_with_a_bom_uses_semicolons_and_reads_back_through_the_parser() throws IOException {
        ReportCriteria march = ReportCriteria.period(MONTH, MONTH.plusMonths(1).minusDays(1));

        byte[] csv = render(out -> reports.financial(march, ReportFormat.CSV, PT, out));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CsvExport.FORMAT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(parser.getHeaderNames()).contains("Vencimento", "Paciente", "Descrição", "Valor");
            assertThat(rows).extracting(row -> row.get("Valor")).containsExactly("1166,66", "1234,56");
            assertThat(rows).extracting(row -> row.get("Paciente")).containsOnly("Conceição Araújo Güell");
            assertThat(rows.getFirst().get("Parcela")).isEqualTo("1/3");
        }
        assertThat(text.lines().findFirst().orElseThrow()).contains(";");
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void reception_gets_the_operational_reports_but_not_the_financial_one() {
        LocalDate today = payments.today();

        assertThat(render(out -> reports.agenda(ReportCriteria.period(today, today), ReportFormat.CSV, PT, out)))
                .isNotEmpty();
        assertThatThrownBy(() -> reports.financial(
                        ReportCriteria.period(today, today), ReportFormat.PDF, PT, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @FunctionalInterface
    private interface Writer {
        void write(java.io.OutputStream out);
    }
}
