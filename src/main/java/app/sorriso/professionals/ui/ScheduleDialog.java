package app.sorriso.professionals.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.Toasts;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.TimeOff;
import app.sorriso.professionals.WorkingPeriod;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.List;

/**
 * A professional's week and time off, edited apart from the record itself because they change on their own
 * schedule. Like the other forms it only fires events: the view calls the services and reports back.
 */
class ScheduleDialog extends Dialog {

    private final Professional professional;
    private final WorkingHoursEditor hours;
    private final TimeOffEditor timeOff;
    private final Paragraph hoursError = new Paragraph();

    ScheduleDialog(Professional professional, ZoneId zone) {
        this.professional = professional;
        addClassNames("form-dialog", "schedule-dialog");
        setHeaderTitle(getTranslation("schedule.title", professional.getName()));
        setCloseOnOutsideClick(false);

        hours = new WorkingHoursEditor(professional.getWorkingHours());
        hoursError.addClassName("form-error");
        hoursError.setVisible(false);
        Button saveHours = new Button(getTranslation("schedule.save-hours"), click -> saveHours());
        saveHours.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        timeOff = new TimeOffEditor(
                zone,
                request -> fireEvent(new AddTimeOff(this, request)),
                absence -> fireEvent(new RemoveTimeOff(this, absence)));

        add(new H3(getTranslation("schedule.hours")), hoursError, hours);
        add(new H3(getTranslation("schedule.time-off")), timeOff);
        getFooter().add(new Button(getTranslation("schedule.close"), click -> close()), saveHours);
    }

    Professional professional() {
        return professional;
    }

    Registration addSaveHoursListener(ComponentEventListener<SaveHours> listener) {
        return addListener(SaveHours.class, listener);
    }

    Registration addAddTimeOffListener(ComponentEventListener<AddTimeOff> listener) {
        return addListener(AddTimeOff.class, listener);
    }

    Registration addRemoveTimeOffListener(ComponentEventListener<RemoveTimeOff> listener) {
        return addListener(RemoveTimeOff.class, listener);
    }

    private void saveHours() {
        hoursError.setVisible(false);
        List<WorkingPeriod> periods;
        try {
            periods = hours.periods();
        } catch (ClinicException refusal) {
            refuseHours(refusal);
            return;
        }
        fireEvent(new SaveHours(this, periods));
    }

    /** Shows why the week could not be saved, above the week, and brings it into view. */
    void refuseHours(ClinicException refusal) {
        hoursError.setText(getTranslation(refusal.getMessageKey(), refusal.getArguments()));
        hoursError.setVisible(true);
        hoursError.scrollIntoView();
    }

    void showTimeOff(List<TimeOff> absences) {
        timeOff.show(absences);
    }

    void timeOffAdded(List<TimeOff> absences) {
        timeOff.clear();
        timeOff.show(absences);
    }

    void refuseTimeOff(ClinicException refusal) {
        String message = getTranslation(refusal.getMessageKey(), refusal.getArguments());
        if (refusal.getField().map(field -> !timeOff.refuse(field, message)).orElse(true)) {
            Toasts.error(message);
        }
    }

    static final class SaveHours extends ComponentEvent<ScheduleDialog> {
        private final List<WorkingPeriod> periods;

        SaveHours(ScheduleDialog source, List<WorkingPeriod> periods) {
            super(source, false);
            this.periods = List.copyOf(periods);
        }

        List<WorkingPeriod> periods() {
            return periods;
        }
    }

    static final class AddTimeOff extends ComponentEvent<ScheduleDialog> {
        private final TimeOffEditor.Request request;

        AddTimeOff(ScheduleDialog source, TimeOffEditor.Request request) {
            super(source, false);
            this.request = request;
        }

        TimeOffEditor.Request request() {
            return request;
        }
    }

    static final class RemoveTimeOff extends ComponentEvent<ScheduleDialog> {
        private final TimeOff absence;

        RemoveTimeOff(ScheduleDialog source, TimeOff absence) {
            super(source, false);
            this.absence = absence;
        }

        TimeOff absence() {
            return absence;
        }
    }
}
