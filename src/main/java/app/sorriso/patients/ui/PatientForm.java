package app.sorriso.patients.ui;

import app.sorriso.base.BrazilianState;
import app.sorriso.base.ui.DatePickers;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PlausibleBirthDate;
import app.sorriso.patients.Sex;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The patient's fields, grouped as the desk fills them in: who, how to reach them, where they live, whom to call,
 * and what every dentist must know before touching them. It holds no service; the view saves.
 */
class PatientForm extends FormLayout {

    private final BeanValidationBinder<Patient> binder = new BeanValidationBinder<>(Patient.class);
    private final Checkbox consent = new Checkbox();

    PatientForm() {
        addClassName("patient-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("34em", 2));

        TextField fullName = text("patient.field.full-name", Patient.NAME_MAX);
        TextField cpf = text("patient.field.cpf", 14);
        cpf.setPlaceholder("000.000.000-00");
        DatePicker birthDate = new DatePicker(getTranslation("patient.field.birth-date"));
        birthDate.setMin(PlausibleBirthDate.EARLIEST);
        birthDate.setMax(LocalDate.now());
        birthDate.setI18n(DatePickers.brazilian(this));
        Select<Sex> sex = new Select<>();
        sex.setLabel(getTranslation("patient.field.sex"));
        sex.setItems(Sex.values());
        sex.setEmptySelectionAllowed(true);
        sex.setItemLabelGenerator(value -> value == null ? "" : getTranslation("sex." + value.name()));
        TextField phone = text("patient.field.phone", 20);
        phone.setPlaceholder("(11) 98765-4321");
        EmailField email = new EmailField(getTranslation("patient.field.email"));
        add(section("patient.section.identity"), fullName, cpf, birthDate, sex, phone, email);
        setColspan(fullName, 2);
        fullName.setRequiredIndicatorVisible(true);
        cpf.setRequiredIndicatorVisible(true);

        TextField zipCode = text("patient.field.zip-code", 9);
        zipCode.setPlaceholder("00000-000");
        TextField street = text("patient.field.street", 150);
        TextField number = text("patient.field.number", 20);
        TextField complement = text("patient.field.complement", 80);
        TextField district = text("patient.field.district", 80);
        TextField city = text("patient.field.city", 80);
        ComboBox<BrazilianState> state = new ComboBox<>(getTranslation("patient.field.state"));
        state.setItems(Arrays.asList(BrazilianState.values()));
        add(section("patient.section.address"), zipCode, street, number, complement, district, city, state);

        TextField contactName = text("patient.field.emergency-name", Patient.NAME_MAX);
        TextField contactPhone = text("patient.field.emergency-phone", 20);
        add(section("patient.section.emergency"), contactName, contactPhone);

        TextArea allergies = area("patient.field.allergies", Patient.HEALTH_ALERT_MAX);
        TextArea conditions = area("patient.field.conditions", Patient.HEALTH_ALERT_MAX);
        TextArea medications = area("patient.field.medications", Patient.HEALTH_ALERT_MAX);
        TextArea notes = area("patient.field.notes", Patient.NOTES_MAX);
        Checkbox active = new Checkbox(getTranslation("patient.field.active"));
        consent.setLabel(getTranslation("patient.field.consent-given"));
        add(section("patient.section.health"), allergies, conditions, medications, notes, active, consent);
        setColspan(notes, 2);

        // Empty text means "not given" (null), so optional fields pass their format checks when left blank.
        binder.forField(fullName).withNullRepresentation("").bind("fullName");
        binder.forField(cpf).withNullRepresentation("").bind("cpf");
        binder.forField(birthDate).bind("birthDate");
        binder.forField(sex).bind("sex");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(zipCode).withNullRepresentation("").bind("address.zipCode");
        binder.forField(street).withNullRepresentation("").bind("address.street");
        binder.forField(number).withNullRepresentation("").bind("address.addressNumber");
        binder.forField(complement).withNullRepresentation("").bind("address.complement");
        binder.forField(district).withNullRepresentation("").bind("address.district");
        binder.forField(city).withNullRepresentation("").bind("address.city");
        binder.forField(state).bind("address.state");
        binder.forField(contactName).withNullRepresentation("").bind("emergencyContactName");
        binder.forField(contactPhone).withNullRepresentation("").bind("emergencyContactPhone");
        binder.forField(allergies).withNullRepresentation("").bind("allergies");
        binder.forField(conditions).withNullRepresentation("").bind("conditions");
        binder.forField(medications).withNullRepresentation("").bind("medications");
        binder.forField(notes).withNullRepresentation("").bind("notes");
        binder.forField(active).bind("active");
        binder.forField(consent).bind("consentGiven");
    }

    /**
     * Offers the consent box only while no consent is on record: consent once given is a historical fact, which the
     * form records but never takes back.
     */
    PatientForm forPatient(Patient patient) {
        consent.setVisible(patient.getConsentAt() == null);
        return this;
    }

    Binder<Patient> binder() {
        return binder;
    }

    private TextField text(String key, int maxLength) {
        TextField field = new TextField(getTranslation(key));
        field.setMaxLength(maxLength);
        field.setClearButtonVisible(false);
        return field;
    }

    private TextArea area(String key, int maxLength) {
        TextArea area = new TextArea(getTranslation(key));
        area.setMaxLength(maxLength);
        return area;
    }

    private Component section(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("form-section");
        setColspan(heading, 2);
        return heading;
    }
}
