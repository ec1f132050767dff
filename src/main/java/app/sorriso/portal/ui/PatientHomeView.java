package app.sorriso.portal.ui;

import app.sorriso.base.ClinicProperties;
import app.sorriso.billing.PaymentService;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.scheduling.PatientAppointmentService;
import app.sorriso.security.Roles;
import app.sorriso.treatments.TreatmentPlanService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalTime;

/** The patient's home: the next appointment (cancellable within the notice), pending requests, plans and payments. */
@Route("me")
@Menu(title = "me.home.title", order = 0, icon = "vaadin:home")
@RolesAllowed(Roles.PATIENT)
public class PatientHomeView extends PatientPage {

    private final PatientAppointmentService appointments;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final Div appointmentCards = new Div();

    public PatientHomeView(
            PatientAccountService patients,
            PatientAppointmentService appointments,
            TreatmentPlanService plans,
            PaymentService payments,
            ClinicProperties clinic,
            Clock clock) {
        super("me.home.title");
        this.appointments = appointments;
        this.clinic = clinic;
        this.clock = clock;
        addClassName("patient-home");

        String firstName = patients.own().getFullName().split(" ")[0];
        // the greeting is this page's heading; "Home" is already in the navigation
        H1 hello = new H1(getTranslation(greetingKey(), firstName));
        Div greeting = new Div(hello, new Paragraph(getTranslation("me.home.intro")));
        greeting.addClassName("patient-greeting");
        appointmentCards.addClassName("patient-home-appointments");
        refreshAppointments();
        Div care = new CareSummary(plans.ownPlans(), payments.ofCurrentPatient(), clock);
        add(greeting, quickActions(), appointmentCards, care);
    }

    private String greetingKey() {
        int hour = LocalTime.now(clock).getHour();
        return hour < 12 ? "me.home.good-morning" : hour < 18 ? "me.home.good-afternoon" : "me.home.good-evening";
    }

    private Div quickActions() {
        Button book = new Button(
                getTranslation("me.home.book"),
                VaadinIcon.CALENDAR_O.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(RequestAppointmentView.class)));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button exam = new Button(
                getTranslation("me.home.send-exam"),
                VaadinIcon.CAMERA.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(MyExamsView.class)));
        Div actions = new Div(book, exam);
        actions.addClassName("patient-quick-actions");
        return actions;
    }

    private void refreshAppointments() {
        appointmentCards.removeAll();
        appointmentCards.add(new AppointmentCards(appointments, clinic, clock, this::refreshAppointments));
    }
}
