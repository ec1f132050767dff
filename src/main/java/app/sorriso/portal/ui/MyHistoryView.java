package app.sorriso.portal.ui;

import app.sorriso.billing.PaymentService;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.PatientAppointmentService;
import app.sorriso.security.Roles;
import app.sorriso.treatments.TreatmentPlanService;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What has happened so far: past appointments, treatment plans with each step's progress, payments with status. */
@Route("me/history")
@Menu(title = "me.history.title", order = 2, icon = "vaadin:records")
@RolesAllowed(Roles.PATIENT)
public class MyHistoryView extends PatientPage {

    public MyHistoryView(
            PatientAppointmentService appointments, TreatmentPlanService plans, PaymentService payments, Clock clock) {
        super("me.history.title");
        addClassName("history-view");
        Instant now = clock.instant();
        List<AgendaEntry> past = appointments.mine().stream()
                .filter(entry -> entry.startsAt().isBefore(now))
                .toList();
        List<AgendaEntry> coming = appointments.mine().stream()
                .filter(entry -> !entry.startsAt().isBefore(now))
                .toList()
                .reversed();
        TabSheet tabs = new TabSheet();
        tabs.addClassName("history-tabs");
        tabs.add(
                getTranslation("me.history.appointments"),
                new HistoryLists.Appointments(coming, past, clock.getZone()));
        tabs.add(getTranslation("me.history.plans"), new HistoryLists.Plans(plans.ownPlans()));
        tabs.add(getTranslation("me.history.payments"), new HistoryLists.Payments(payments.ofCurrentPatient(), clock));
        add(heading(), tabs);
    }
}
