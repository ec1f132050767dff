package app.sorriso.billing.ui;

import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentFilter;
import app.sorriso.billing.PaymentService;
import app.sorriso.patients.PatientService;
import app.sorriso.patients.PatientTab;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.List;

/** The patient page's payments: their totals, each payment with its actions, and a new payment for this patient. */
@SpringComponent
class PaymentsTab implements PatientTab {

    private final PaymentService payments;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final Clock clock;

    PaymentsTab(PaymentService payments, PatientService patients, CurrentUser currentUser, Clock clock) {
        this.payments = payments;
        this.patients = patients;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "patient.tab.payments";
    }

    @Override
    public Component content(long patientId) {
        Div tab = new Div();
        tab.addClassName("payments-tab");
        if (!currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.RECEPTION)) {
            Span note = new Span(tab.getTranslation("payments.tab.desk-only"));
            note.addClassName("tab-coming");
            tab.add(note);
            return tab;
        }
        PaymentTotalsBar totals = new PaymentTotalsBar();
        Grid<PaymentEntry> grid = new Grid<>();
        grid.addClassName("data-grid");
        Runnable refresh = () -> {
            List<PaymentEntry> entries = payments.ofPatient(patientId);
            grid.setItems(entries);
            grid.setAllRowsVisible(entries.size() <= 10);
            totals.show(payments.totals(PaymentFilter.ofPatient(patientId)));
        };
        PaymentColumns.configure(grid, payments, clock.getZone(), false, true, refresh);
        Button create = new Button(tab.getTranslation("payments.new"), VaadinIcon.PLUS.create(), click -> {
            NewPaymentForm form = new NewPaymentForm(null);
            PaymentsView.open(
                    form,
                    new PaymentDraft(patients.findById(patientId).orElseThrow(), payments.today()),
                    payments,
                    refresh);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(totals, create);
        bar.addClassName("payments-tab-bar");
        tab.add(bar, grid);
        refresh.run();
        return tab;
    }
}
