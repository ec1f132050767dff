package app.sorriso.billing.ui;

import app.sorriso.base.ui.DatePickers;
import app.sorriso.base.ui.EmptyState;
import app.sorriso.base.ui.FormDialog;
import app.sorriso.base.ui.OptionalSelect;
import app.sorriso.base.ui.Toasts;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentFilter;
import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentState;
import app.sorriso.billing.PaymentTotals;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientService;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every payment of the clinic, a page at a time: filters by due period, state, method and patient, the totals of what
 * the filters select (summed by the database), the desk's actions on each row, and the selection as a CSV file.
 */
@Route("payments")
@Menu(title = "payments.title", order = 6, icon = "vaadin:wallet")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION})
public class PaymentsView extends Div implements HasDynamicTitle {

    private final PaymentService payments;
    private final PatientService patients;
    private final Clock clock;
    private final Grid<PaymentEntry> grid = new Grid<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<PaymentState> state;
    private final Select<PaymentMethod> method;
    private final ComboBox<Patient> patient = new ComboBox<>();
    private final PaymentTotalsBar totals = new PaymentTotalsBar();
    private final Span count = new Span();
    private final EmptyState empty;
    /** The filter as last applied; read by the CSV download on its own request thread. */
    private volatile PaymentFilter filter = PaymentFilter.all();

    public PaymentsView(PaymentService payments, PatientService patients, Clock clock) {
        this.payments = payments;
        this.patients = patients;
        this.clock = clock;
        addClassNames("view", "payments-view");
        state = new OptionalSelect<>(
                getTranslation("payment.field.state"),
                List.of(PaymentState.values()),
                option -> getTranslation(option.messageKey()),
                getTranslation("payments.filter.any-state"));
        method = new OptionalSelect<>(
                getTranslation("payment.field.method"),
                List.of(PaymentMethod.values()),
                option -> getTranslation(option.messageKey()),
                getTranslation("payments.filter.any-method"));

        Button create = new Button(getTranslation("payments.new"), VaadinIcon.PLUS.create(), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor csv = new Anchor(new PaymentsCsv(this).download(payments, () -> filter, clock.getZone()), "");
        csv.add(new Button(getTranslation("payments.export-csv"), VaadinIcon.DOWNLOAD_ALT.create()));
        csv.addClassName("csv-export");
        count.addClassName("view-count");
        Div actions = new Div(csv, create);
        actions.addClassName("view-actions");
        Div header = new Div(new H1(getTranslation("payments.title")), count, actions);
        header.addClassName("view-header");

        Button clear = new Button(getTranslation("payments.clear-filters"), click -> clearFilters());
        empty = new EmptyState(VaadinIcon.WALLET, clear);

        grid.addClassName("data-grid");
        PaymentColumns.configure(grid, payments, clock.getZone(), true, true, this::refresh);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().getFirst(), SortDirection.DESCENDING)));
        add(header, filters(), totals, grid, empty);
        refresh();
    }

    private Component filters() {
        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("payments.filter.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("payments.filter.to"));
        to.setValue(today.withDayOfMonth(today.lengthOfMonth()));
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(DatePickers.brazilian(this));
            picker.setClearButtonVisible(true);
            picker.addValueChangeListener(change -> refresh());
        }

        state.addValueChangeListener(change -> refresh());
        method.addValueChangeListener(change -> refresh());

        patient.setLabel(getTranslation("payment.field.patient"));
        patient.setPlaceholder(getTranslation("payments.filter.any-patient"));
        patient.setClearButtonVisible(true);
        patient.addClassName("search-field");
        PatientChoice.of(patient, patients, null);
        patient.addValueChangeListener(change -> refresh());

        Div toolbar = new Div(from, to, state, method, patient);
        toolbar.addClassNames("view-toolbar", "payments-filters");
        return toolbar;
    }

    private void refresh() {
        PaymentFilter current = new PaymentFilter(
                from.getValue(),
                to.getValue(),
                state.getValue(),
                method.getValue(),
                patient.getValue() == null ? null : patient.getValue().getId());
        filter = current;
        grid.setItems(query -> payments
                .search(
                        current,
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                VaadinSpringDataHelpers.toSpringDataSort(query).and(Sort.by("id"))))
                .stream());
        PaymentTotals sums = payments.totals(current);
        totals.show(sums);
        count.setText(getTranslation("payments.count", sums.count()));
        grid.setVisible(sums.count() > 0);
        empty.setVisible(sums.count() == 0);
        if (sums.count() == 0) {
            empty.show(getTranslation("payments.empty"), getTranslation("payments.empty-hint"));
        }
    }

    private void clearFilters() {
        from.clear();
        to.clear();
        state.clear();
        method.clear();
        patient.clear();
    }

    private void create() {
        NewPaymentForm form = new NewPaymentForm(patients);
        open(form, new PaymentDraft(patient.getValue(), LocalDate.now(clock)), payments, this::refresh);
    }

    /** Opens the new-payment form; shared with the patient page's tab. */
    static void open(NewPaymentForm form, PaymentDraft draft, PaymentService payments, Runnable saved) {
        new FormDialog<>(
                        form.getTranslation("payments.new"),
                        form,
                        form.binder(),
                        bean -> {
                            payments.registerInstalments(bean.toRequest());
                            return bean;
                        },
                        bean -> {
                            Toasts.success(form.getTranslation("payments.saved"));
                            saved.run();
                        })
                .open(draft);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payments.title") + " · " + getTranslation("app.name");
    }
}
