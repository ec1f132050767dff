package app.sorriso.treatments.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.EmptyState;
import app.sorriso.base.ui.ResponsiveGrid;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.security.Roles;
import app.sorriso.treatments.PlanRow;
import app.sorriso.treatments.PlanSearch;
import app.sorriso.treatments.PlanStatus;
import app.sorriso.treatments.TreatmentPlanService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every treatment plan, page by page from the database: found by patient or plan name, filtered by status and dentist
 * (a dentist starts on their own open plans), with each plan's progress; cards on phones.
 */
@Route("plans")
@Menu(title = "plans.title", order = 5, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.ADMIN, Roles.DENTIST, Roles.RECEPTION})
@StyleSheet(TreatmentsStyles.URL)
public class TreatmentPlansView extends Div implements HasDynamicTitle {

    /** The status filter's choices besides one status: the plans still being worked on, and all of them. */
    private static final String OPEN = "open";

    private static final String ALL = "all";

    private final TreatmentPlanService plans;
    private final ZoneId zone;
    private final Grid<PlanRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> status = new Select<>();
    private final Select<Optional<Professional>> professional = new Select<>();
    private final Span total = new Span();
    private final EmptyState empty;

    public TreatmentPlansView(
            TreatmentPlanService plans, PatientService patients, ProfessionalService professionals, Clock clock) {
        this.plans = plans;
        this.zone = clock.getZone();
        addClassNames("view", "plans-view");

        Button create = new Button(
                getTranslation("plans.new"),
                VaadinIcon.PLUS.create(),
                click -> NewPlanDialog.open(this, null, plans, patients, professionals));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(plans.canPlan());
        total.addClassName("view-count");
        Div header = new Div(new H1(getTranslation("plans.title")), total, create);
        header.addClassName("view-header");

        Button clear = new Button(getTranslation("plans.clear-filters"), click -> clearFilters());
        empty = new EmptyState(VaadinIcon.CLIPBOARD_CHECK, clear);

        configureGrid();
        add(header, toolbar(professionals), grid, empty);
        refresh();
    }

    private Component toolbar(ProfessionalService professionals) {
        search.setPlaceholder(getTranslation("plans.search.placeholder"));
        search.setAriaLabel(getTranslation("plans.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("search-field");
        search.addValueChangeListener(change -> refresh());

        List<String> statuses = new ArrayList<>(List.of(OPEN));
        for (PlanStatus each : PlanStatus.values()) {
            statuses.add(each.name());
        }
        statuses.add(ALL);
        status.setLabel(getTranslation("plans.filter.status"));
        status.setItems(statuses);
        status.setItemLabelGenerator(value -> switch (value) {
            case OPEN -> getTranslation("plans.filter.open");
            case ALL -> getTranslation("plans.filter.all");
            default -> getTranslation(PlanStatus.valueOf(value).messageKey());
        });
        status.setValue(OPEN);
        status.addValueChangeListener(change -> refresh());

        List<Optional<Professional>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        professionals.findActive().forEach(each -> choices.add(Optional.of(each)));
        professional.setLabel(getTranslation("plans.filter.professional"));
        professional.setItems(choices);
        professional.setItemLabelGenerator(
                choice -> choice.map(Professional::getName).orElse(getTranslation("plans.filter.everyone")));
        Optional<Long> own = plans.ownProfessionalId();
        professional.setValue(choices.stream()
                .filter(choice -> choice.map(
                                each -> own.map(each.getId()::equals).orElse(false))
                        .orElse(false))
                .findFirst()
                .orElse(Optional.empty()));
        professional.addValueChangeListener(change -> refresh());

        Div toolbar = new Div(search, status, professional);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.addClassName("data-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<PlanRow> patient = grid.addColumn(PlanRow::patientName)
                .setHeader(getTranslation("plan.field.patient"))
                .setSortProperty("pa.fullName")
                .setFlexGrow(2);
        Grid.Column<PlanRow> name = grid.addColumn(PlanRow::name)
                .setHeader(getTranslation("plan.field.name"))
                .setSortProperty("name")
                .setFlexGrow(2);
        Grid.Column<PlanRow> dentist = grid.addColumn(PlanRow::professionalName)
                .setHeader(getTranslation("plan.field.professional"))
                .setSortProperty("pr.name")
                .setFlexGrow(2);
        Grid.Column<PlanRow> state = grid.addComponentColumn(row -> new PlanStatusPill(row.status()))
                .setHeader(getTranslation("plans.filter.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<PlanRow> progress = grid.addComponentColumn(row -> new ProgressSummary(row.progress(), true))
                .setHeader(getTranslation("plans.progress"))
                .setWidth("10rem")
                .setFlexGrow(0);
        Grid.Column<PlanRow> created = grid.addColumn(
                        row -> ClinicFormats.DATE.format(row.createdAt().atZone(zone)))
                .setHeader(getTranslation("plan.created-at"))
                .setSortProperty("createdAt")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        Grid.Column<PlanRow> card = grid.addComponentColumn(this::card)
                .setHeader(getTranslation("plan.field.patient"))
                .setSortProperty("pa.fullName");
        ResponsiveGrid.switchColumns(grid, card, List.of(patient, name, dentist, state, progress, created));
        grid.sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                TreatmentPlanView.class, TreatmentPlanView.of(click.getItem().id()))));
    }

    private PlanSearch criteria() {
        Set<PlanStatus> statuses = switch (status.getValue()) {
            case OPEN -> PlanStatus.OPEN;
            case ALL -> Set.of();
            default -> Set.of(PlanStatus.valueOf(status.getValue()));
        };
        Long professionalId = professional.getValue().map(Professional::getId).orElse(null);
        return new PlanSearch(search.getValue(), statuses, professionalId, null);
    }

    private void refresh() {
        PlanSearch criteria = criteria();
        grid.setItems(query -> plans
                .search(
                        criteria,
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                VaadinSpringDataHelpers.toSpringDataSort(query).and(Sort.by("id"))))
                .stream());
        long count = plans.count(criteria);
        total.setText(getTranslation("plans.count", count));
        grid.setVisible(count > 0);
        empty.setVisible(count == 0);
        if (count == 0) {
            empty.show(getTranslation("plans.empty"), getTranslation("plans.empty-hint"));
        }
    }

    private void clearFilters() {
        search.clear();
        status.setValue(ALL);
        professional.setValue(Optional.empty());
    }

    private Component card(PlanRow row) {
        Span title = new Span(row.patientName());
        title.addClassName("grid-card-title");
        Span plan = new Span(row.name() + " · " + row.professionalName());
        plan.addClassName("grid-card-line");
        Div card = new Div(title, plan, new PlanStatusPill(row.status()), new ProgressSummary(row.progress(), true));
        card.addClassNames("grid-card", "plans-list-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " · " + getTranslation("app.name");
    }
}
