package app.sorriso.patients.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.Phones;
import app.sorriso.base.ui.EmptyState;
import app.sorriso.base.ui.FormDialog;
import app.sorriso.base.ui.ResponsiveGrid;
import app.sorriso.base.ui.Toasts;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientSearch;
import app.sorriso.patients.PatientService;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The desk's patient list: search as you type, filters, and a card per patient on phones. */
@Route("patients")
@Menu(title = "patients.title", order = 3, icon = "vaadin:users")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION, Roles.DENTIST})
public class PatientsView extends Div implements HasDynamicTitle {

    private final PatientService patients;
    private final Clock clock;
    private final boolean canEdit;
    private final Grid<Patient> grid = new Grid<>(Patient.class, false);
    private final TextField search = new TextField();
    private final Select<String> status = new Select<>();
    private final Checkbox upcoming = new Checkbox();
    private final Span total = new Span();
    private final EmptyState empty;
    /** The search as last applied; read by the CSV download on its own request thread. */
    private volatile PatientSearch exported = PatientSearch.all();

    public PatientsView(PatientService patients, CurrentUser currentUser, Clock clock) {
        this.patients = patients;
        this.clock = clock;
        this.canEdit = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.RECEPTION);
        addClassNames("view", "patients-view");

        Button create = new Button(getTranslation("patients.new"), VaadinIcon.PLUS.create(), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(canEdit);
        total.addClassName("view-count");
        Anchor csv = new Anchor(new PatientsCsv(this).download(patients, () -> exported), "");
        csv.add(new Button(getTranslation("patients.export-csv"), VaadinIcon.DOWNLOAD_ALT.create()));
        csv.addClassName("csv-export");
        csv.setVisible(canEdit);
        Div actions = new Div(csv, create);
        actions.addClassName("view-actions");
        Div header = new Div(new H1(getTranslation("patients.title")), total, actions);
        header.addClassName("view-header");

        Button clear = new Button(getTranslation("patients.clear-search"), click -> search.clear());
        Button createFromEmpty = new Button(getTranslation("patients.new"), click -> create());
        createFromEmpty.setVisible(canEdit);
        empty = new EmptyState(VaadinIcon.USERS, clear, createFromEmpty);

        configureGrid();
        add(header, toolbar(), grid, empty);
        refresh();
    }

    private Component toolbar() {
        search.setPlaceholder(getTranslation("patients.search.placeholder"));
        search.setAriaLabel(getTranslation("patients.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("search-field");
        search.addValueChangeListener(change -> refresh());

        status.setLabel(getTranslation("patients.filter.status"));
        status.setItems("active", "inactive", "all");
        status.setItemLabelGenerator(value -> getTranslation("patients.filter." + value));
        status.setValue("active");
        status.addValueChangeListener(change -> refresh());

        upcoming.setLabel(getTranslation("patients.filter.upcoming"));
        upcoming.addValueChangeListener(change -> refresh());

        Div toolbar = new Div(search, status, upcoming);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.addClassName("data-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<Patient> name = grid.addComponentColumn(this::nameWithAlert)
                .setHeader(getTranslation("patient.field.full-name"))
                .setSortProperty("fullName")
                .setFlexGrow(3);
        Grid.Column<Patient> cpf = grid.addColumn(patient -> Cpf.format(patient.getCpf()))
                .setHeader(getTranslation("patient.field.cpf"))
                .setSortProperty("cpf")
                .setAutoWidth(true);
        Grid.Column<Patient> birth = grid.addColumn(this::birthAndAge)
                .setHeader(getTranslation("patient.field.birth-date"))
                .setSortProperty("birthDate")
                .setAutoWidth(true);
        Grid.Column<Patient> phone = grid.addColumn(patient -> Phones.format(patient.getPhone()))
                .setHeader(getTranslation("patient.field.phone"))
                .setAutoWidth(true);
        Grid.Column<Patient> state = grid.addComponentColumn(this::statusPill)
                .setHeader(getTranslation("patients.filter.status"))
                .setAutoWidth(true);
        Grid.Column<Patient> card = grid.addComponentColumn(this::card)
                .setHeader(getTranslation("patient.field.full-name"))
                .setSortProperty("fullName");
        ResponsiveGrid.switchColumns(grid, card, List.of(name, cpf, birth, phone, state));
        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                name, com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(PatientView.class, PatientView.of(click.getItem().getId()))));
    }

    private PatientSearch criteria() {
        Boolean active = switch (status.getValue()) {
            case "active" -> true;
            case "inactive" -> false;
            default -> null;
        };
        return new PatientSearch(search.getValue(), active, upcoming.getValue());
    }

    private void refresh() {
        PatientSearch criteria = criteria();
        exported = criteria;
        grid.setItems(query -> patients
                .search(
                        criteria,
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                VaadinSpringDataHelpers.toSpringDataSort(query).and(Sort.by("id"))))
                .stream());
        long count = patients.count(criteria);
        total.setText(getTranslation("patients.count", count));
        grid.setVisible(count > 0);
        empty.setVisible(count == 0);
        boolean filtered = !search.isEmpty() || upcoming.getValue() || !"active".equals(status.getValue());
        if (count == 0 && filtered) {
            empty.show(getTranslation("patients.empty.no-match"), getTranslation("patients.empty.no-match-hint"));
        } else if (count == 0) {
            empty.show(getTranslation("patients.empty.none"), getTranslation("patients.empty.none-hint"));
        }
    }

    private void create() {
        PatientForm form = new PatientForm();
        new FormDialog<>(getTranslation("patients.new"), form, form.binder(), patients::save, saved -> {
                    Toasts.success(getTranslation("patients.saved", saved.getFullName()));
                    getUI().ifPresent(ui -> ui.navigate(PatientView.class, PatientView.of(saved.getId())));
                })
                .open(new Patient());
    }

    private Component nameWithAlert(Patient patient) {
        Span name = new Span(patient.getFullName());
        Div cell = new Div(name);
        cell.addClassName("name-cell");
        if (patient.hasHealthAlerts()) {
            var alert = VaadinIcon.EXCLAMATION_CIRCLE.create();
            alert.addClassName("alert-icon");
            alert.setTooltipText(getTranslation("patient.health-alerts"));
            cell.addComponentAsFirst(alert);
        }
        return cell;
    }

    private String birthAndAge(Patient patient) {
        int age = Period.between(patient.getBirthDate(), LocalDate.now(clock)).getYears();
        return getTranslation("patients.birth-and-age", ClinicFormats.date(patient.getBirthDate()), age);
    }

    private Span statusPill(Patient patient) {
        Span pill =
                new Span(getTranslation(patient.isActive() ? "patients.status.active" : "patients.status.inactive"));
        pill.addClassNames("status-pill", patient.isActive() ? "positive" : "neutral");
        return pill;
    }

    private Component card(Patient patient) {
        Span title = new Span(patient.getFullName());
        title.addClassName("grid-card-title");
        Span ids = new Span(Cpf.format(patient.getCpf()) + " · " + Phones.format(patient.getPhone()));
        ids.addClassName("grid-card-line");
        Span birth = new Span(birthAndAge(patient));
        birth.addClassName("grid-card-line");
        Div card = new Div(title, ids, birth);
        card.addClassName("grid-card");
        if (patient.hasHealthAlerts()) {
            Span alert = new Span(getTranslation("patient.health-alerts"));
            alert.addClassNames("status-pill", "negative");
            card.add(alert);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patients.title") + " · " + getTranslation("app.name");
    }
}
