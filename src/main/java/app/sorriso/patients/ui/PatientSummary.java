package app.sorriso.patients.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.Phones;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The patient's identity, contacts, address and consent, read at a glance. */
class PatientSummary extends Div {

    PatientSummary(Patient patient, Clock clock) {
        addClassNames("card", "patient-summary");
        int age = Period.between(patient.getBirthDate(), LocalDate.now(clock)).getYears();
        add(field("patient.field.cpf", new Span(Cpf.format(patient.getCpf()))));
        add(field(
                "patient.field.birth-date",
                new Span(getTranslation("patients.birth-and-age", ClinicFormats.date(patient.getBirthDate()), age))));
        add(field(
                "patient.field.sex",
                new Span(
                        patient.getSex() == null
                                ? "—"
                                : getTranslation("sex." + patient.getSex().name()))));
        add(field("patient.field.phone", phone(patient.getPhone())));
        add(field(
                "patient.field.email",
                patient.getEmail() == null
                        ? new Span("—")
                        : new Anchor("mailto:" + patient.getEmail(), patient.getEmail())));
        add(field("patient.section.address", new Span(address(patient))));
        add(field(
                "patient.section.emergency",
                new Span(
                        joined(patient.getEmergencyContactName(), Phones.format(patient.getEmergencyContactPhone())))));
        add(field(
                "patient.field.consent",
                new Span(
                        patient.getConsentAt() == null
                                ? getTranslation("patient.consent.none")
                                : getTranslation(
                                        "patient.consent.given",
                                        ClinicFormats.DATE.format(
                                                patient.getConsentAt().atZone(clock.getZone())),
                                        patient.getConsentVersion()))));
        add(field(
                "patient.field.portal-access",
                new Span(getTranslation(
                        patient.getUserAccountId() == null ? "patient.portal.no" : "patient.portal.yes"))));
        if (patient.getNotes() != null) {
            Div notes = field("patient.field.notes", new Span(patient.getNotes()));
            notes.addClassName("wide");
            add(notes);
        }
    }

    private Component phone(String digits) {
        if (digits == null) {
            return new Span("—");
        }
        Anchor call = new Anchor("tel:+" + Phones.international(digits), Phones.format(digits));
        Anchor whatsapp = new Anchor("https://wa.me/" + Phones.international(digits), "WhatsApp");
        whatsapp.setTarget("_blank");
        whatsapp.addClassName("whatsapp-link");
        Div links = new Div(call, whatsapp);
        links.addClassName("phone-links");
        return links;
    }

    private static String address(Patient patient) {
        String line = patient.getAddress().asLine();
        return line.isEmpty() ? "—" : line;
    }

    private static String joined(String... parts) {
        String text = Stream.of(parts)
                .filter(Objects::nonNull)
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(" · "));
        return text.isEmpty() ? "—" : text;
    }

    private Div field(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        value.getElement().getClassList().add("field-value");
        Div field = new Div(label, value);
        field.addClassName("field");
        return field;
    }
}
