package app.sorriso.audit.ui;

import app.sorriso.audit.AuditAction;
import app.sorriso.audit.AuditLine;
import app.sorriso.audit.AuditService;
import app.sorriso.audit.AuditTrailFilter;
import app.sorriso.base.ClinicFormats;
import app.sorriso.base.CsvExport;
import app.sorriso.base.ui.DatePickers;
import app.sorriso.base.ui.EmptyState;
import app.sorriso.base.ui.OptionalSelect;
import app.sorriso.base.ui.ResponsiveGrid;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The clinic's whole audit trail for the administrator: who opened or changed which patient's record, and every login,
 * refused or not, newest first and page by page from the database; filtered by days, kind and person, exported as
 * CSV. Cards on phones.
 */
@Route("audit")
@Menu(title = "audit.title", order = 9, icon = "vaadin:eye")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Div implements HasDynamicTitle {

    private final AuditService audit;
    private final ZoneId zone;
    private final Grid<AuditLine> grid = new Grid<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final OptionalSelect<AuditAction> action;
    private final TextField actor = new TextField();
    private final Span count = new Span();
    private final EmptyState empty;
    /** The filter as last applied; read by the CSV download on its own request thread. */
    private volatile AuditTrailFilter filter;

    public AuditLogView(AuditService audit, Clock clock) {
        this.audit = audit;
        this.zone = clock.getZone();
        addClassNames("view", "audit-view");
        action = new OptionalSelect<>(
                getTranslation("audit.what"),
                List.of(AuditAction.values()),
                each -> getTranslation(each.messageKey()),
                getTranslation("audit.filter.any-action"));

        Anchor csv = new Anchor(csv(), "");
        csv.add(new Button(getTranslation("audit.export-csv"), VaadinIcon.DOWNLOAD_ALT.create()));
        csv.addClassName("csv-export");
        count.addClassName("view-count");
        Div actions = new Div(csv);
        actions.addClassName("view-actions");
        Div header = new Div(new H1(getTranslation("audit.title")), count, actions);
        header.addClassName("view-header");

        Button clear = new Button(getTranslation("audit.clear-filters"), click -> clearFilters());
        empty = new EmptyState(VaadinIcon.EYE, clear);

        configureGrid();
        add(header, filters(LocalDate.now(clock)), grid, empty);
        refresh();
    }

    private Component filters(LocalDate today) {
        from.setLabel(getTranslation("audit.filter.from"));
        from.setValue(today.minusDays(7));
        to.setLabel(getTranslation("audit.filter.to"));
        to.setValue(today);
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(DatePickers.brazilian(this));
            picker.setClearButtonVisible(true);
            picker.addValueChangeListener(change -> refresh());
        }
        action.addValueChangeListener(change -> refresh());
        actor.setLabel(getTranslation("audit.who"));
        actor.setPlaceholder(getTranslation("audit.filter.actor"));
        actor.setPrefixComponent(VaadinIcon.SEARCH.create());
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addClassName("search-field");
        actor.addValueChangeListener(change -> refresh());
        Div toolbar = new Div(from, to, action, actor);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.addClassName("data-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<AuditLine> when = grid.addColumn(this::when)
                .setHeader(getTranslation("audit.when"))
                .setWidth("10rem")
                .setFlexGrow(0);
        Grid.Column<AuditLine> who =
                grid.addColumn(this::who).setHeader(getTranslation("audit.who")).setFlexGrow(2);
        Grid.Column<AuditLine> what = grid.addColumn(
                        line -> getTranslation(line.action().messageKey()))
                .setHeader(getTranslation("audit.what"))
                .setFlexGrow(2);
        Grid.Column<AuditLine> patient = grid.addComponentColumn(this::patient)
                .setHeader(getTranslation("audit.patient"))
                .setFlexGrow(2);
        Grid.Column<AuditLine> detail = grid.addColumn(AuditLine::detail)
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(3);
        Grid.Column<AuditLine> card = grid.addComponentColumn(this::card).setHeader(getTranslation("audit.what"));
        ResponsiveGrid.switchColumns(grid, card, List.of(when, who, what, patient, detail));
    }

    private String when(AuditLine line) {
        return ClinicFormats.DATE_TIME.format(line.occurredAt().atZone(zone));
    }

    private String who(AuditLine line) {
        return line.actorEmail() == null ? getTranslation("audit.system") : line.actorEmail();
    }

    /** The patient's page, for whoever wants to see the record the line is about (the link is checked there). */
    private Component patient(AuditLine line) {
        if (line.patientId() == null) {
            return new Span();
        }
        String name = line.patientName() == null ? getTranslation("audit.patient.removed") : line.patientName();
        return new Anchor("patients/" + line.patientId(), name);
    }

    private Component card(AuditLine line) {
        Span title = new Span(getTranslation(line.action().messageKey()));
        title.addClassName("grid-card-title");
        Span whenAndWho = new Span(when(line) + " · " + who(line));
        whenAndWho.addClassName("grid-card-line");
        Div card = new Div(title, whenAndWho, patient(line));
        if (line.detail() != null) {
            Span detail = new Span(line.detail());
            detail.addClassName("grid-card-line");
            card.add(detail);
        }
        card.addClassName("grid-card");
        return card;
    }

    private void refresh() {
        AuditTrailFilter current =
                new AuditTrailFilter(from.getValue(), to.getValue(), action.getValue(), actor.getValue());
        filter = current;
        grid.setItems(query -> audit.search(current, query.getOffset(), query.getLimit()).stream());
        long total = audit.count(current);
        count.setText(getTranslation("audit.count", total));
        grid.setVisible(total > 0);
        empty.setVisible(total == 0);
        if (total == 0) {
            empty.show(getTranslation("audit.empty"), getTranslation("audit.empty-hint"));
        }
    }

    private void clearFilters() {
        from.clear();
        to.clear();
        action.clear();
        actor.clear();
    }

    /**
     * The current filter's lines as a CSV file. Texts are translated now, because the file is written on the
     * download's own request, outside the screen's session lock.
     */
    private DownloadHandler csv() {
        List<String> header = List.of(
                getTranslation("audit.when"),
                getTranslation("audit.who"),
                getTranslation("audit.what"),
                getTranslation("audit.patient"),
                getTranslation("audit.detail"));
        Map<AuditAction, String> actions = new EnumMap<>(AuditAction.class);
        Arrays.stream(AuditAction.values()).forEach(each -> actions.put(each, getTranslation(each.messageKey())));
        String system = getTranslation("audit.system");
        return event -> {
            event.setFileName("auditoria.csv");
            event.setContentType(CsvExport.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream();
                    CsvExport file = CsvExport.open(out, header)) {
                audit.forEach(
                        filter,
                        line -> file.row(Arrays.asList(
                                ClinicFormats.DATE_TIME.format(line.occurredAt().atZone(zone)),
                                line.actorEmail() == null ? system : line.actorEmail(),
                                actions.get(line.action()),
                                line.patientName(),
                                line.detail())));
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
