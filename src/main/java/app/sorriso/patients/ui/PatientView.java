package app.sorriso.patients.ui;

import app.sorriso.base.ui.FormDialog;
import app.sorriso.base.ui.Toasts;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientService;
import app.sorriso.patients.PatientService.Removal;
import app.sorriso.patients.PatientTab;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * A patient's page: who they are and, before anything else, their health alerts; then tabs for what other modules
 * keep about them. Opening it is recorded in the audit trail.
 */
@Route("patients/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION, Roles.DENTIST})
public class PatientView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PatientService patients;
    private final PatientAuditTrail auditTrail;
    private final Clock clock;
    private final List<PatientTab> extraTabs;
    private final boolean canEdit;
    private final boolean isAdmin;
    private Patient patient;

    public PatientView(
            PatientService patients,
            PatientAuditTrail auditTrail,
            CurrentUser currentUser,
            Clock clock,
            List<PatientTab> extraTabs) {
        this.extraTabs = extraTabs;
        this.patients = patients;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.isAdmin = currentUser.hasRole(Role.ADMIN);
        this.canEdit = isAdmin || currentUser.hasRole(Role.RECEPTION);
        addClassNames("view", "patient-view");
    }

    /** The address of a patient's page, for links from other screens. */
    public static RouteParameters of(long patientId) {
        return new RouteParameters("id", String.valueOf(patientId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        patient = patients.open(id).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("patient.back"), PatientsView.class);
        back.addClassName("back-link");
        H1 name = new H1(patient.getFullName());
        Span status =
                new Span(getTranslation(patient.isActive() ? "patients.status.active" : "patients.status.inactive"));
        status.addClassNames("status-pill", patient.isActive() ? "positive" : "neutral");
        Div title = new Div(name, status);
        title.addClassName("patient-title");
        Div actions = new Div();
        actions.addClassName("patient-actions");
        if (canEdit) {
            Button edit = new Button(getTranslation("patient.edit"), VaadinIcon.EDIT.create(), click -> edit());
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit, patient.isActive() ? removeButton() : reactivateButton());
        }
        Div header = new Div(title, actions);
        header.addClassName("view-header");

        add(back, header, new HealthAlerts(patient), tabs());
    }

    private TabSheet tabs() {
        TabSheet tabs = new TabSheet();
        tabs.addClassName("patient-tabs");
        tabs.add(getTranslation("patient.tab.summary"), new PatientSummary(patient, clock));
        for (String module : new String[] {"appointments", "plans", "payments", "files"}) {
            String key = "patient.tab." + module;
            tabs.add(
                    getTranslation(key),
                    extraTabs.stream()
                            .filter(tab -> tab.titleKey().equals(key))
                            .findFirst()
                            .map(tab -> tab.content(patient.getId()))
                            .orElseGet(() -> coming(key)));
        }
        if (isAdmin) {
            tabs.add(getTranslation("patient.tab.audit"), auditTrail.of(patient.getId()));
        }
        return tabs;
    }

    private Div coming(String key) {
        Div coming = new Div(new Span(getTranslation(key + ".coming")));
        coming.addClassNames("card", "tab-coming");
        return coming;
    }

    private void edit() {
        PatientForm form = new PatientForm().forPatient(patient);
        new FormDialog<>(getTranslation("patient.edit"), form, form.binder(), patients::save, saved -> {
                    patient = saved;
                    Toasts.success(getTranslation("patients.saved", saved.getFullName()));
                    render();
                })
                .open(patient);
    }

    private Button removeButton() {
        boolean keep = patients.hasHistory(patient.getId());
        String key = keep ? "patient.deactivate" : "patient.delete";
        Button remove = new Button(getTranslation(key), VaadinIcon.TRASH.create(), click -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation(key + ".title"),
                    getTranslation(key + ".text", patient.getFullName()),
                    getTranslation(key + ".confirm"),
                    yes -> remove());
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.setConfirmButtonTheme(
                    ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private void remove() {
        Removal removal = patients.remove(patient.getId());
        if (removal == Removal.DELETED) {
            Toasts.success(getTranslation("patient.deleted", patient.getFullName()));
            getUI().ifPresent(ui -> ui.navigate(PatientsView.class));
        } else {
            Toasts.info(getTranslation("patient.deactivated", patient.getFullName()));
            patient = patients.findById(patient.getId()).orElseThrow();
            render();
        }
    }

    private Button reactivateButton() {
        return new Button(getTranslation("patient.reactivate"), VaadinIcon.REFRESH.create(), click -> {
            patient = patients.reactivate(patient.getId());
            Toasts.success(getTranslation("patient.reactivated", patient.getFullName()));
            render();
        });
    }

    @Override
    public String getPageTitle() {
        String name = patient == null ? getTranslation("patients.title") : patient.getFullName();
        return name + " · " + getTranslation("app.name");
    }
}
