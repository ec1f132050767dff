package app.sorriso.reports.ui;

import app.sorriso.base.ui.DatePickers;
import app.sorriso.base.ui.OptionalSelect;
import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentState;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.reports.ClinicReports;
import app.sorriso.reports.ReportCriteria;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The reports, each with its filters and a PDF and a CSV download; the financial one is the administrator's. */
@Route("reports")
@Menu(title = "reports.title", order = 7, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION})
public class ReportsView extends Div implements HasDynamicTitle {

    private static final List<String> APPOINTMENT_STATUSES =
            List.of("REQUESTED", "SCHEDULED", "CONFIRMED", "CHECKED_IN", "COMPLETED", "CANCELLED", "NO_SHOW");

    private final ClinicReports reports;
    private final ProfessionalService professionals;
    private final Clock clock;
    private final Locale locale;

    public ReportsView(ClinicReports reports, ProfessionalService professionals, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.professionals = professionals;
        this.clock = clock;
        this.locale = getLocale();
        addClassNames("view", "reports-view");
        Div cards = new Div(agenda(), appointments());
        if (currentUser.hasRole(Role.ADMIN)) {
            cards.add(financial());
        }
        cards.add(patients());
        cards.addClassName("report-grid");
        add(new H1(getTranslation("reports.title")), cards);
    }

    private ReportCard agenda() {
        ReportCard card = card("report.agenda", VaadinIcon.CALENDAR, reports::agenda, "agenda");
        DatePicker day = datePicker("report.filter.day", LocalDate.now(clock));
        Select<String> span = new Select<>();
        span.setLabel(getTranslation("report.filter.span"));
        span.setItems("day", "week");
        span.setItemLabelGenerator(value -> getTranslation("report.filter.span." + value));
        span.setValue("day");
        Select<Professional> professional = professionalSelect();
        Supplier<ReportCriteria> criteria = () -> {
            if (day.getValue() == null) {
                return null;
            }
            boolean week = "week".equals(span.getValue());
            LocalDate first =
                    week ? day.getValue().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.getValue();
            LocalDate last = week ? first.plusDays(6) : first;
            return new ReportCriteria(first, last, id(professional), null, null, null, null);
        };
        card.addFilters(day, span, professional);
        watch(card, criteria, day, span, professional);
        return card;
    }

    private ReportCard appointments() {
        ReportCard card = card("report.appointments", VaadinIcon.LIST_UL, reports::appointments, "consultas");
        LocalDate today = LocalDate.now(clock);
        DatePicker from = datePicker("report.filter.from", today.withDayOfMonth(1));
        DatePicker to = datePicker("report.filter.to", today.withDayOfMonth(today.lengthOfMonth()));
        Select<String> status = new OptionalSelect<>(
                getTranslation("report.column.status"),
                APPOINTMENT_STATUSES,
                value -> getTranslation("appointment.status." + value),
                getTranslation("report.filter.any"));
        Select<Professional> professional = professionalSelect();
        Supplier<ReportCriteria> criteria = () -> period(from, to)
                ? new ReportCriteria(
                        from.getValue(), to.getValue(), id(professional), status.getValue(), null, null, null)
                : null;
        card.addFilters(from, to, status, professional);
        watch(card, criteria, from, to, status, professional);
        return card;
    }

    private ReportCard financial() {
        ReportCard card = card("report.financial", VaadinIcon.WALLET, reports::financial, "financeiro");
        LocalDate today = LocalDate.now(clock);
        DatePicker from = datePicker("report.filter.due-from", today.withDayOfMonth(1));
        DatePicker to = datePicker("report.filter.due-to", today.withDayOfMonth(today.lengthOfMonth()));
        Select<PaymentState> state = new OptionalSelect<>(
                getTranslation("report.column.status"),
                List.of(PaymentState.values()),
                value -> getTranslation(value.messageKey()),
                getTranslation("report.filter.any"));
        Select<PaymentMethod> method = new OptionalSelect<>(
                getTranslation("report.column.method"),
                List.of(PaymentMethod.values()),
                value -> getTranslation(value.messageKey()),
                getTranslation("report.filter.any"));
        Supplier<ReportCriteria> criteria = () -> period(from, to)
                ? new ReportCriteria(
                        from.getValue(), to.getValue(), null, null, state.getValue(), method.getValue(), null)
                : null;
        card.addFilters(from, to, state, method);
        watch(card, criteria, from, to, state, method);
        return card;
    }

    private ReportCard patients() {
        ReportCard card = card("report.patients", VaadinIcon.USERS, reports::patients, "pacientes");
        Select<String> which = new Select<>();
        which.setLabel(getTranslation("report.filter.patients.label"));
        which.setItems("active", "inactive", "all");
        which.setItemLabelGenerator(value -> getTranslation("report.filter.patients." + value));
        which.setValue("active");
        Supplier<ReportCriteria> criteria = () -> new ReportCriteria(
                null,
                null,
                null,
                null,
                null,
                null,
                switch (which.getValue()) {
                    case "active" -> true;
                    case "inactive" -> false;
                    default -> null;
                });
        card.addFilters(which);
        watch(card, criteria, which);
        return card;
    }

    private ReportCard card(String key, VaadinIcon icon, ReportCard.Writer writer, String fileName) {
        return new ReportCard(key, icon, writer, fileName, locale, clock);
    }

    private DatePicker datePicker(String key, LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(key), value);
        picker.setI18n(DatePickers.brazilian(this));
        return picker;
    }

    private Select<Professional> professionalSelect() {
        return new OptionalSelect<>(
                getTranslation("report.column.professional"),
                professionals.findActive(),
                Professional::getName,
                getTranslation("report.filter.any-professional"));
    }

    /** A period is usable when both ends are given and in order; otherwise the end says what is wrong. */
    private boolean period(DatePicker from, DatePicker to) {
        boolean ordered = from.getValue() != null
                && to.getValue() != null
                && !to.getValue().isBefore(from.getValue());
        to.setInvalid(!ordered);
        to.setErrorMessage(ordered ? null : getTranslation("report.filter.period-invalid"));
        return ordered;
    }

    private static Long id(Select<Professional> professional) {
        return professional.getValue() == null ? null : professional.getValue().getId();
    }

    private static void watch(ReportCard card, Supplier<ReportCriteria> criteria, HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(change -> card.setCriteria(criteria.get()));
        }
        card.setCriteria(criteria.get());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · " + getTranslation("app.name");
    }
}
