package app.sorriso.portal;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.i18n.ClinicI18NProvider;
import app.sorriso.patients.Patient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;

/** The export's {@code resumo.html}: the same data as a page a person reads, in their language. */
final class ExportSummary {

    private static final String HEAD = "<!doctype html><html><head><meta charset=\"utf-8\"><style>"
            + "body{font-family:sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
            + "th,td{text-align:left;padding:.2rem 1rem .2rem 0;vertical-align:top}</style><title>";

    private final ClinicI18NProvider i18n;
    private final Locale locale;
    private final ZoneId zone;
    private final StringBuilder html = new StringBuilder();

    ExportSummary(ClinicI18NProvider i18n, Locale locale, ZoneId zone) {
        this.i18n = i18n;
        this.locale = locale;
        this.zone = zone;
    }

    String of(ExportContents contents) {
        Patient patient = contents.patient();
        html.append(HEAD).append(text("me.data.export.title")).append("</title></head><body>");
        html.append("<h1>").append(text("me.data.export.title")).append("</h1><p>");
        html.append(text("me.data.export.generated", when(contents.exportedAt())))
                .append("</p>");
        html.append("<h2>").append(escape(patient.getFullName())).append("</h2><table>");
        row("patient.field.cpf", patient.getCpf());
        row("patient.field.birth-date", ClinicFormats.date(patient.getBirthDate()));
        row("patient.field.phone", patient.getPhone());
        row("patient.field.email", patient.getEmail());
        row("patient.section.address", patient.getAddress().asLine());
        row("patient.field.allergies", patient.getAllergies());
        row("patient.field.conditions", patient.getConditions());
        row("patient.field.medications", patient.getMedications());
        html.append("</table>");
        list(
                "me.history.appointments",
                contents.appointments(),
                entry -> when(entry.startsAt()) + " · " + escape(entry.professionalName()) + " · "
                        + text("appointment.status." + entry.status().name()));
        list(
                "me.history.plans",
                contents.plans(),
                plan -> escape(plan.name()) + " · "
                        + text(
                                "me.plan.progress",
                                plan.stepsDone(),
                                plan.steps().size()));
        list(
                "me.history.payments",
                contents.payments(),
                payment -> escape(payment.description()) + " · "
                        + ClinicFormats.money(payment.amount()) + " · "
                        + text("me.payment.status." + payment.status().name()));
        list("me.exams.title", contents.files(), file -> escape(file.getOriginalFilename()));
        list(
                "me.data.trail",
                contents.trail(),
                event -> when(event.getOccurredAt()) + " · "
                        + escape(event.getActorEmail() == null ? text("audit.system") : event.getActorEmail()) + " · "
                        + text(event.getAction().messageKey()));
        return html.append("</body></html>").toString();
    }

    private <T> void list(String titleKey, List<T> items, Function<T, String> line) {
        html.append("<h2>").append(text(titleKey)).append("</h2><ul>");
        items.forEach(item -> html.append("<li>").append(line.apply(item)).append("</li>"));
        html.append("</ul>");
    }

    private void row(String labelKey, String value) {
        html.append("<tr><th>").append(text(labelKey)).append("</th><td>");
        html.append(value == null ? "—" : escape(value)).append("</td></tr>");
    }

    private String when(Instant instant) {
        return ClinicFormats.DATE_TIME.format(instant.atZone(zone));
    }

    private String text(String key, Object... arguments) {
        return escape(i18n.getTranslation(key, locale, arguments));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
