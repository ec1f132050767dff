package app.sorriso.scheduling.ui;

import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientSearch;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.scheduling.Appointment;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The booking form: a patient found as you type, a professional, a start and a length, notes. */
class BookingForm extends FormLayout {

    /** The lengths the desk books, in minutes; a range chosen on the calendar snaps to the nearest. */
    static final List<Integer> LENGTHS = List.of(15, 30, 45, 60, 90, 120, 180, 240);

    private final BeanValidationBinder<BookingDraft> binder = new BeanValidationBinder<>(BookingDraft.class);

    BookingForm(PatientService patients, List<Professional> team) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));

        ComboBox<Patient> patient = new ComboBox<>(getTranslation("booking.patient"));
        patient.setItems(query -> patients
                .search(
                        new PatientSearch(query.getFilter().orElse(""), true, false),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("fullName")))
                .stream());
        patient.setItemLabelGenerator(found -> found.getFullName() + " · " + Cpf.format(found.getCpf()));
        patient.setPlaceholder(getTranslation("booking.patient.placeholder"));
        patient.setRequiredIndicatorVisible(true);

        Select<Professional> professional = new Select<>();
        professional.setLabel(getTranslation("booking.professional"));
        professional.setItems(team);
        professional.setItemLabelGenerator(Professional::getName);

        DateTimePicker start = new DateTimePicker(getTranslation("booking.start"));
        start.setStep(Duration.ofMinutes(15));
        start.setDatePickerI18n(app.sorriso.base.ui.DatePickers.brazilian(this));

        Select<Integer> minutes = new Select<>();
        minutes.setLabel(getTranslation("booking.length"));
        minutes.setItems(LENGTHS);
        minutes.setItemLabelGenerator(value -> getTranslation("booking.minutes", value));

        TextArea notes = new TextArea(getTranslation("booking.notes"));
        notes.setMaxLength(Appointment.NOTES_MAX);

        add(patient, professional, start, minutes, notes);
        setColspan(patient, 2);
        setColspan(notes, 2);

        binder.forField(patient).bind("patient");
        binder.forField(professional).bind("professional");
        binder.forField(start).bind("startsAt");
        binder.forField(minutes).bind("minutes");
        binder.forField(notes).withNullRepresentation("").bind("notes");
    }

    Binder<BookingDraft> binder() {
        return binder;
    }
}
