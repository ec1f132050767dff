package app.sorriso.professionals.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.Toasts;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.TimeOffService;
import com.vaadin.flow.component.UI;

/** Carries out what a {@link ScheduleDialog} asks for through the services, and tells the dialog how it went. */
final class ScheduleActions {

    private final ProfessionalService professionals;
    private final TimeOffService timeOff;
    private final Runnable onChange;

    ScheduleActions(ProfessionalService professionals, TimeOffService timeOff, Runnable onChange) {
        this.professionals = professionals;
        this.timeOff = timeOff;
        this.onChange = onChange;
    }

    void wire(ScheduleDialog dialog) {
        long id = dialog.professional().getId();
        dialog.showTimeOff(timeOff.of(id));

        dialog.addSaveHoursListener(event -> {
            try {
                professionals.replaceWorkingHours(id, event.periods());
                Toasts.success(UI.getCurrent().getTranslation("schedule.hours-saved"));
                onChange.run();
            } catch (ClinicException refusal) {
                dialog.refuseHours(refusal);
            }
        });
        dialog.addAddTimeOffListener(event -> {
            var request = event.request();
            try {
                timeOff.add(id, request.startsAt(), request.endsAt(), request.reason());
                dialog.timeOffAdded(timeOff.of(id));
                Toasts.success(UI.getCurrent().getTranslation("schedule.time-off.added"));
            } catch (ClinicException refusal) {
                dialog.refuseTimeOff(refusal);
            }
        });
        dialog.addRemoveTimeOffListener(event -> {
            timeOff.remove(event.absence().getId());
            dialog.showTimeOff(timeOff.of(id));
            Toasts.info(UI.getCurrent().getTranslation("schedule.time-off.removed"));
        });
    }
}
