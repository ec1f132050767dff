package app.sorriso.reports;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.CsvExport;
import app.sorriso.base.Phones;
import app.sorriso.billing.PaymentBreakdown;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentFilter;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentState;
import app.sorriso.billing.PaymentTotals;
import app.sorriso.patients.Cpf;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.reports.ReportLayout.Column;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's reports, each as a PDF or as a CSV file of the same rows: the agenda of a day or a week by
 * professional, appointments of a period, the financial report of a period, and the patient list. Rows stream from
 * the database into the file; the totals printed at the end come from aggregate queries. Reception gets the
 * operational ones; the financial report is the administrator's.
 */
@Service
@Transactional(readOnly = true)
public class ClinicReports {

    static final String DESK = "hasAnyRole('ADMIN', 'RECEPTION')";

    private static final ReportLayout AGENDA = ReportLayout.table(
                    "agenda",
                    false,
                    Column.text(0),
                    Column.text(115),
                    Column.text(160),
                    Column.text(90),
                    Column.text(70),
                    Column.text(120))
            .groupedBy(0);
    private static final ReportLayout APPOINTMENTS = ReportLayout.table(
            "appointments",
            false,
            Column.text(112),
            Column.text(145),
            Column.text(125),
            Column.text(68),
            Column.text(105));
    private static final ReportLayout FINANCIAL = ReportLayout.table(
            "financial",
            true,
            Column.text(70),
            Column.text(165),
            Column.text(197),
            Column.text(45),
            Column.text(95),
            Column.text(62),
            Column.text(70),
            Column.number(85));
    private static final ReportLayout PATIENTS = ReportLayout.table(
            "patients", false, Column.text(165), Column.text(85), Column.text(65), Column.text(95), Column.text(145));

    private final ReportQueries queries;
    private final PaymentService payments;
    private final ProfessionalService professionals;
    private final PdfReports pdf;
    private final I18NProvider i18n;
    private final Clock clock;

    ClinicReports(
            ReportQueries queries,
            PaymentService payments,
            ProfessionalService professionals,
            PdfReports pdf,
            I18NProvider i18n,
            Clock clock) {
        this.queries = queries;
        this.payments = payments;
        this.professionals = professionals;
        this.pdf = pdf;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Live appointments of the days, grouped by professional, each professional's day in time order. */
    @PreAuthorize(DESK)
    public void agenda(ReportCriteria criteria, ReportFormat format, Locale locale, OutputStream out) {
        Texts texts = new Texts(locale);
        ReportQueries.Selection selection = selection(criteria, null, true);
        long count = queries.appointmentCounts(selection).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        ReportPage page = new ReportPage(
                texts.get("report.agenda.title"),
                texts.filters(period(texts, criteria), professional(texts, criteria)),
                texts.headers(
                        "report.column.professional",
                        "report.column.when",
                        "report.column.patient",
                        "report.column.phone",
                        "report.column.status",
                        "report.column.notes"),
                List.of(texts.get("report.agenda.summary", count)));
        try (Stream<List<Object>> rows =
                queries.appointments(selection, (row, n) -> appointmentRow(texts, row, true))) {
            write(format, AGENDA, page, rows, locale, out);
        }
    }

    /** Appointments of a period, optionally of one status or professional, with a count per status. */
    @PreAuthorize(DESK)
    public void appointments(ReportCriteria criteria, ReportFormat format, Locale locale, OutputStream out) {
        Texts texts = new Texts(locale);
        String status = criteria.appointmentStatus();
        ReportQueries.Selection selection = selection(criteria, status, false);
        Map<String, Long> counts = queries.appointmentCounts(selection);
        String byStatus = counts.entrySet().stream()
                .map(entry -> texts.get("appointment.status." + entry.getKey()) + ": " + entry.getValue())
                .collect(Collectors.joining(" · "));
        ReportPage page = new ReportPage(
                texts.get("report.appointments.title"),
                texts.filters(
                        period(texts, criteria),
                        professional(texts, criteria),
                        texts.get(
                                "report.filter.status",
                                status == null
                                        ? texts.get("report.filter.any")
                                        : texts.get("appointment.status." + status))),
                texts.headers(
                        "report.column.when",
                        "report.column.patient",
                        "report.column.professional",
                        "report.column.status",
                        "report.column.notes"),
                List.of(
                        texts.get(
                                "report.appointments.summary",
                                counts.values().stream()
                                        .mapToLong(Long::longValue)
                                        .sum()),
                        byStatus));
        try (Stream<List<Object>> rows =
                queries.appointments(selection, (row, n) -> appointmentRow(texts, row, false))) {
            write(format, APPOINTMENTS, page, rows, locale, out);
        }
    }

    /** Payments falling due in a period, with totals by state and by method. */
    @PreAuthorize("hasRole('ADMIN')")
    public void financial(ReportCriteria criteria, ReportFormat format, Locale locale, OutputStream out) {
        Texts texts = new Texts(locale);
        PaymentFilter filter = new PaymentFilter(
                criteria.from(), criteria.to(), criteria.paymentState(), criteria.paymentMethod(), null);
        PaymentTotals totals = payments.totals(filter);
        List<PaymentBreakdown> breakdown = payments.breakdown(filter);
        ReportPage page = new ReportPage(
                texts.get("report.financial.title"),
                texts.filters(
                        texts.get("report.filter.due-period", date(criteria.from()), date(criteria.to())),
                        texts.get(
                                "report.filter.status",
                                criteria.paymentState() == null
                                        ? texts.get("report.filter.any")
                                        : texts.get(criteria.paymentState().messageKey())),
                        texts.get(
                                "report.filter.method",
                                criteria.paymentMethod() == null
                                        ? texts.get("report.filter.any")
                                        : texts.get(criteria.paymentMethod().messageKey()))),
                texts.headers(
                        "report.column.due",
                        "report.column.patient",
                        "report.column.description",
                        "report.column.instalment",
                        "report.column.method",
                        "report.column.paid-on",
                        "report.column.status",
                        "report.column.amount"),
                financialSummary(texts, totals, breakdown));
        LocalDate today = payments.today();
        ZoneId zone = clock.getZone();
        payments.read(filter, rows -> {
            write(format, FINANCIAL, page, rows.map(entry -> paymentRow(texts, entry, today, zone)), locale, out);
            return null;
        });
    }

    /** The patient list, by name. */
    @PreAuthorize(DESK)
    public void patients(ReportCriteria criteria, ReportFormat format, Locale locale, OutputStream out) {
        Texts texts = new Texts(locale);
        Boolean active = criteria.activePatients();
        ReportPage page = new ReportPage(
                texts.get("report.patients.title"),
                texts.filters(texts.get(
                        "report.filter.patients",
                        texts.get(
                                active == null
                                        ? "report.filter.patients.all"
                                        : active
                                                ? "report.filter.patients.active"
                                                : "report.filter.patients.inactive"))),
                texts.headers(
                        "report.column.patient",
                        "report.column.cpf",
                        "report.column.birth-date",
                        "report.column.phone",
                        "report.column.email"),
                List.of(texts.get("report.patients.summary", queries.patientCount(active))));
        try (Stream<List<Object>> rows = queries.patients(
                active,
                (row, n) -> Arrays.asList(
                        row.getString("full_name"),
                        Cpf.format(row.getString("cpf")),
                        date(row.getObject("birth_date", LocalDate.class)),
                        Phones.format(row.getString("phone")),
                        row.getString("email")))) {
            write(format, PATIENTS, page, rows, locale, out);
        }
    }

    private List<Object> appointmentRow(Texts texts, java.sql.ResultSet row, boolean agenda)
            throws java.sql.SQLException {
        String status = row.getString("status");
        ZoneId zone = clock.getZone();
        String when = ClinicFormats.DATE_TIME.format(
                        ReportQueries.instant(row, "starts_at").atZone(zone)) + "–"
                + ClinicFormats.TIME.format(
                        ReportQueries.instant(row, "ends_at").atZone(zone));
        String patient = row.getString("full_name");
        String statusText = texts.get("appointment.status." + status);
        String notes = row.getString("notes");
        if (agenda) {
            return Arrays.asList(
                    row.getString("professional"),
                    when,
                    patient,
                    Phones.format(row.getString("phone")),
                    statusText,
                    notes);
        }
        return Arrays.asList(when, patient, row.getString("professional"), statusText, notes);
    }

    private static List<Object> paymentRow(Texts texts, PaymentEntry entry, LocalDate today, ZoneId zone) {
        return Arrays.asList(
                date(entry.dueDate()),
                entry.patientName(),
                entry.description(),
                entry.instalmentLabel(),
                entry.method() == null ? "" : texts.get(entry.method().messageKey()),
                entry.paidAt() == null ? "" : date(entry.paidAt().atZone(zone).toLocalDate()),
                texts.get(entry.state(today).messageKey()),
                entry.amount());
    }

    private static List<String> financialSummary(Texts texts, PaymentTotals totals, List<PaymentBreakdown> breakdown) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(
                "report.financial.totals",
                totals.count(),
                ClinicFormats.money(totals.received()),
                ClinicFormats.money(totals.open()),
                ClinicFormats.money(totals.overdue()),
                ClinicFormats.money(totals.refunded())));
        for (PaymentState state : PaymentState.values()) {
            List<PaymentBreakdown> parts =
                    breakdown.stream().filter(part -> part.state() == state).toList();
            if (parts.isEmpty()) {
                continue;
            }
            String byMethod = parts.stream()
                    .map(part -> (part.method() == null
                                    ? texts.get("report.financial.no-method")
                                    : texts.get(part.method().messageKey()))
                            + " " + ClinicFormats.money(part.amount()) + " (" + part.count() + ")")
                    .collect(Collectors.joining(" · "));
            BigDecimal sum = parts.stream().map(PaymentBreakdown::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            lines.add(texts.get(state.messageKey()) + ": " + ClinicFormats.money(sum) + " — " + byMethod);
        }
        return lines;
    }

    /** Writes the rows as the chosen format: amounts as R$ in a PDF, as plain numbers in a CSV. */
    private void write(
            ReportFormat format,
            ReportLayout layout,
            ReportPage page,
            Stream<List<Object>> rows,
            Locale locale,
            OutputStream out) {
        if (format == ReportFormat.PDF) {
            pdf.render(
                    layout,
                    page,
                    rows.map(row -> cells(row, ClinicFormats::money)).iterator(),
                    locale,
                    out);
            return;
        }
        try (CsvExport csv = CsvExport.open(out, page.headers())) {
            rows.forEach(row -> csv.row(cells(row, CsvExport::amount)));
        }
    }

    private static List<String> cells(List<Object> row, java.util.function.Function<BigDecimal, String> money) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
            cells.add(cell == null ? "" : cell instanceof BigDecimal amount ? money.apply(amount) : cell.toString());
        }
        return cells;
    }

    private String period(Texts texts, ReportCriteria criteria) {
        return texts.get("report.filter.period", date(criteria.from()), date(criteria.to()));
    }

    private String professional(Texts texts, ReportCriteria criteria) {
        String name = criteria.professionalId() == null
                ? texts.get("report.filter.any-professional")
                : professionals
                        .findById(criteria.professionalId())
                        .map(Professional::getName)
                        .orElse("?");
        return texts.get("report.filter.professional", name);
    }

    private ReportQueries.Selection selection(ReportCriteria criteria, String status, boolean agenda) {
        return new ReportQueries.Selection(
                start(criteria.from()), start(criteria.to().plusDays(1)), criteria.professionalId(), status, agenda);
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static String date(LocalDate day) {
        return day == null ? "…" : ClinicFormats.date(day);
    }

    /** Translations in the reader's language. */
    private final class Texts {

        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... arguments) {
            return i18n.getTranslation(key, locale, arguments);
        }

        List<String> headers(String... keys) {
            return Arrays.stream(keys).map(this::get).toList();
        }

        String filters(String... parts) {
            return get("report.filters", String.join(" · ", parts));
        }
    }
}
