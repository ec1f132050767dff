package app.sorriso.scheduling.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.FormDialog;
import app.sorriso.base.ui.Toasts;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.scheduling.AppointmentService;
import app.sorriso.scheduling.AppointmentService.NewAppointment;
import app.sorriso.scheduling.AppointmentStatus;
import app.sorriso.security.ClinicUser;
import app.sorriso.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Booking from the desk. Outside working hours or during time off the service refuses; the desk is then asked
 * whether to book anyway (an emergency, an extra session) and the same request goes again, confirmed.
 */
class DeskBooking {

    private static final Set<String> OVERRIDABLE = Set.of("appointment.outside-hours", "appointment.time-off");

    private final Component owner;
    private final AppointmentService appointments;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final List<Professional> team;
    private final ZoneId zone;
    private FormDialog<BookingDraft> dialog;

    DeskBooking(
            Component owner,
            AppointmentService appointments,
            PatientService patients,
            CurrentUser currentUser,
            List<Professional> team,
            ZoneId zone) {
        this.owner = owner;
        this.appointments = appointments;
        this.patients = patients;
        this.currentUser = currentUser;
        this.team = team;
        this.zone = zone;
    }

    /** Opens the form at a suggested start (and professional, if one is chosen); {@code onBooked} hears of success. */
    void open(LocalDateTime start, Professional professional, Consumer<BookingDraft> onBooked) {
        open(start, null, professional, onBooked);
    }

    /** Opens the form for a chosen stretch of time, e.g. a range selected on the calendar. */
    void open(LocalDateTime start, Integer minutes, Professional professional, Consumer<BookingDraft> onBooked) {
        BookingForm form = new BookingForm(patients, team);
        dialog = new FormDialog<>(
                owner.getTranslation("booking.new"),
                form,
                form.binder(),
                draft -> {
                    try {
                        appointments.book(request(draft, false));
                        return draft;
                    } catch (ClinicException refusal) {
                        if (OVERRIDABLE.contains(refusal.getMessageKey())) {
                            askToOverride(draft, refusal, onBooked);
                        }
                        throw refusal;
                    }
                },
                booked -> done(booked, onBooked));
        BookingDraft draft = new BookingDraft();
        draft.setStartsAt(start);
        draft.setProfessional(professional);
        if (minutes != null) {
            draft.setMinutes(minutes);
        }
        dialog.open(draft);
    }

    private void askToOverride(BookingDraft draft, ClinicException refusal, Consumer<BookingDraft> onBooked) {
        ConfirmDialog confirm = new ConfirmDialog(
                owner.getTranslation("booking.override.title"),
                owner.getTranslation(refusal.getMessageKey()) + " " + owner.getTranslation("booking.override.text"),
                owner.getTranslation("booking.override.confirm"),
                yes -> {
                    appointments.book(request(draft, true));
                    dialog.close();
                    done(draft, onBooked);
                });
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("form.cancel"));
        confirm.open();
    }

    private void done(BookingDraft booked, Consumer<BookingDraft> onBooked) {
        Toasts.success(owner.getTranslation("booking.done", booked.getPatient().getFullName()));
        onBooked.accept(booked);
    }

    private NewAppointment request(BookingDraft draft, boolean confirmed) {
        return new NewAppointment(
                draft.getPatient().getId(),
                draft.getProfessional().getId(),
                draft.getStartsAt().atZone(zone).toInstant(),
                Duration.ofMinutes(draft.getMinutes()),
                AppointmentStatus.SCHEDULED,
                draft.getNotes(),
                currentUser.get().map(ClinicUser::accountId).orElse(null),
                confirmed);
    }
}
