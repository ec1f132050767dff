package app.sorriso.professionals.ui;

import app.sorriso.base.ui.EmptyState;
import app.sorriso.base.ui.FormDialog;
import app.sorriso.base.ui.ResponsiveGrid;
import app.sorriso.base.ui.Toasts;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalSearch;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.TimeOffService;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import app.sorriso.security.Roles;
import app.sorriso.security.UserAccount;
import app.sorriso.security.UserAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * The clinic's dentists: everyone on staff can look them up; administrators register and edit them, their working
 * hours and their time off. The list pages, sorts and filters in the database.
 */
@Route("professionals")
@Menu(title = "professionals.title", order = 4, icon = "vaadin:doctor")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION, Roles.DENTIST})
public class ProfessionalsView extends Div implements HasDynamicTitle {

    private final ProfessionalService professionals;
    private final TimeOffService timeOff;
    private final UserAccountService accounts;
    private final Clock clock;
    private final boolean admin;

    private final ProfessionalsToolbar toolbar;
    private final Grid<Professional> grid = new Grid<>();
    private final EmptyState empty;
    private final Button clearFilters;

    public ProfessionalsView(
            ProfessionalService professionals,
            TimeOffService timeOff,
            UserAccountService accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.professionals = professionals;
        this.timeOff = timeOff;
        this.accounts = accounts;
        this.clock = clock;
        this.admin = currentUser.hasRole(Role.ADMIN);
        addClassNames("view", "professionals-view");

        Div header = new Div(new H1(getTranslation("professionals.title")));
        header.addClassName("view-header");
        toolbar = new ProfessionalsToolbar(this::refresh);
        clearFilters = new Button(getTranslation("professionals.clear-filters"), click -> toolbar.clear());
        if (admin) {
            header.add(newButton());
            empty = new EmptyState(VaadinIcon.DOCTOR, newButton(), clearFilters);
        } else {
            empty = new EmptyState(VaadinIcon.DOCTOR, clearFilters);
        }
        configureGrid();
        add(header, toolbar, grid, empty);
        refresh();
    }

    private Button newButton() {
        Button create = new Button(getTranslation("professionals.new"), VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> edit(Professional.blank()));
        return create;
    }

    private void configureGrid() {
        grid.addClassName("data-grid");
        var name = grid.addComponentColumn(ProfessionalCells::name)
                .setHeader(getTranslation("professionals.column.name"))
                .setSortProperty("name")
                .setFlexGrow(2);
        var cro = grid.addColumn(Professional::cro)
                .setHeader(getTranslation("professionals.column.cro"))
                .setSortProperty("croState", "croNumber");
        var specialty = grid.addColumn(
                        item -> getTranslation(item.getSpecialty().messageKey()))
                .setHeader(getTranslation("professionals.column.specialty"))
                .setFlexGrow(2);
        var phone = grid.addColumn(Professional::getPhone).setHeader(getTranslation("professionals.column.phone"));
        var status = grid.addComponentColumn(item -> ProfessionalCells.status(item, this::getTranslation))
                .setHeader(getTranslation("professionals.column.status"))
                .setSortProperty("active")
                .setWidth("9rem")
                .setFlexGrow(0);
        var card = grid.addColumn(new ComponentRenderer<>(item -> ProfessionalCells.card(item, this::getTranslation)))
                .setHeader(getTranslation("professionals.column.name"))
                .setSortProperty("name");
        if (admin) {
            // Stays visible beside the cards on phones, so the week can be edited there too.
            var schedule = grid.addComponentColumn(this::scheduleButton)
                    .setKey("schedule")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            // A click on the row opens the record; the clock button in the last column opens the week instead.
            grid.addItemClickListener(click -> {
                if (click.getColumn() != schedule) {
                    edit(click.getItem());
                }
            });
        }
        ResponsiveGrid.switchColumns(grid, card, List.of(name, cro, specialty, phone, status));
        grid.setItems(query ->
                professionals.search(toolbar.search(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    private Button scheduleButton(Professional professional) {
        Button schedule = new Button(VaadinIcon.CLOCK.create(), click -> openSchedule(professional));
        schedule.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        schedule.setAriaLabel(getTranslation("professionals.schedule"));
        schedule.setTooltipText(getTranslation("professionals.schedule"));
        return schedule;
    }

    /** Reloads the list and says why it is empty: nobody registered yet, or nobody matching the search. */
    private void refresh() {
        grid.getDataProvider().refreshAll();
        ProfessionalSearch search = toolbar.search();
        boolean none = professionals.search(search, PageRequest.of(0, 1)).isEmpty();
        boolean nobodyAtAll = none
                && professionals
                        .search(ProfessionalSearch.everyone(), PageRequest.of(0, 1))
                        .isEmpty();
        grid.setVisible(!none);
        if (nobodyAtAll) {
            empty.show(
                    getTranslation("professionals.empty.title"),
                    getTranslation(admin ? "professionals.empty.hint" : "professionals.empty.hint-read"));
        } else if (none) {
            empty.show(getTranslation("professionals.no-match.title"), getTranslation("professionals.no-match.hint"));
        }
        empty.setVisible(none);
        clearFilters.setVisible(!nobodyAtAll);
    }

    private void edit(Professional item) {
        Professional professional =
                item.isNew() ? item : professionals.findById(item.getId()).orElse(item);
        ProfessionalForm form = new ProfessionalForm(dentistAccounts());
        String title = getTranslation(professional.isNew() ? "professional.form.new" : "professional.form.edit");
        FormDialog<Professional> dialog = new FormDialog<>(title, form, form.binder(), professionals::save, saved -> {
            Toasts.success(getTranslation("professionals.saved"));
            refresh();
        });
        dialog.open(professional);
    }

    private Map<Long, String> dentistAccounts() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (UserAccount account : accounts.findByRole(Role.DENTIST)) {
            names.put(account.getId(), account.getName() + " · " + account.getEmail());
        }
        return names;
    }

    private void openSchedule(Professional item) {
        ScheduleDialog dialog =
                new ScheduleDialog(professionals.findById(item.getId()).orElse(item), clock.getZone());
        new ScheduleActions(professionals, timeOff, this::refresh).wire(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("professionals.title") + " · " + getTranslation("app.name");
    }
}
