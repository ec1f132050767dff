package app.sorriso.billing.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.CsvExport;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentFilter;
import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The payments list's current filter as a CSV file. Texts are translated when the list is built, because the file is
 * written on the download's own request, outside the screen's session lock, so the screen stays usable meanwhile.
 */
final class PaymentsCsv {

    private final List<String> header;
    private final Map<PaymentState, String> states = new EnumMap<>(PaymentState.class);
    private final Map<PaymentMethod, String> methods = new EnumMap<>(PaymentMethod.class);

    PaymentsCsv(Component owner) {
        header = List.of(
                owner.getTranslation("payment.field.due-date"),
                owner.getTranslation("payment.field.patient"),
                owner.getTranslation("payment.field.description"),
                owner.getTranslation("payment.field.instalment"),
                owner.getTranslation("payment.field.amount"),
                owner.getTranslation("payment.field.state"),
                owner.getTranslation("payment.field.method"),
                owner.getTranslation("payment.field.paid-on"));
        for (PaymentState state : PaymentState.values()) {
            states.put(state, owner.getTranslation(state.messageKey()));
        }
        for (PaymentMethod method : PaymentMethod.values()) {
            methods.put(method, owner.getTranslation(method.messageKey()));
        }
    }

    /** A download of whatever the filter selects at the moment of the click. */
    DownloadHandler download(PaymentService payments, Supplier<PaymentFilter> filter, ZoneId zone) {
        return event -> {
            event.setFileName("pagamentos.csv");
            event.setContentType(CsvExport.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                write(payments, filter.get(), zone, out);
            }
        };
    }

    void write(PaymentService payments, PaymentFilter filter, ZoneId zone, OutputStream out) {
        java.time.LocalDate today = payments.today();
        try (CsvExport csv = CsvExport.open(out, header)) {
            payments.read(filter, rows -> {
                rows.forEach(entry -> csv.row(row(entry, today, zone)));
                return null;
            });
        }
    }

    private List<String> row(PaymentEntry entry, java.time.LocalDate today, ZoneId zone) {
        return java.util.Arrays.asList(
                ClinicFormats.date(entry.dueDate()),
                entry.patientName(),
                entry.description(),
                entry.instalmentLabel(),
                CsvExport.amount(entry.amount()),
                states.get(entry.state(today)),
                entry.method() == null ? "" : methods.get(entry.method()),
                entry.paidAt() == null
                        ? ""
                        : ClinicFormats.date(entry.paidAt().atZone(zone).toLocalDate()));
    }
}
