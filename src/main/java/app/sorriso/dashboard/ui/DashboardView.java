package app.sorriso.dashboard.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.ClinicChart;
import app.sorriso.base.ui.ClinicChart.Kind;
import app.sorriso.base.ui.ClinicChart.Series;
import app.sorriso.dashboard.DashboardService;
import app.sorriso.dashboard.DashboardService.Dashboard;
import app.sorriso.dashboard.DashboardService.MonthlyAmount;
import app.sorriso.dashboard.DashboardService.ProfessionalCount;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The owner's view of the clinic: today's appointments, active patients, revenue, receivables, no-shows, charts. */
@Route("dashboard")
@Menu(title = "dashboard.title", order = 0, icon = "vaadin:dashboard")
@RolesAllowed(Roles.ADMIN)
public class DashboardView extends Div implements HasDynamicTitle {

    private static final List<String> STATUS_ORDER =
            List.of("REQUESTED", "SCHEDULED", "CONFIRMED", "CHECKED_IN", "COMPLETED", "NO_SHOW", "CANCELLED");
    private static final List<String> PALETTE =
            List.of("#0f766e", "#7c3aed", "#db2777", "#ea580c", "#2563eb", "#65a30d", "#ca8a04", "#475569");

    public DashboardView(DashboardService dashboard) {
        addClassNames("view", "dashboard-view");
        // Nothing on the dashboard takes the focus, so without this a keyboard could not scroll the layout's content
        // down to the charts.
        getElement().setAttribute("tabindex", "0");
        Dashboard figures = dashboard.snapshot(dashboard.today());
        H1 title = new H1(getTranslation("dashboard.title"));
        Span day = new Span(getTranslation("dashboard.as-of", ClinicFormats.date(figures.day())));
        day.addClassName("view-count");
        Div header = new Div(title, day);
        header.addClassName("view-header");
        add(header, kpis(figures), charts(figures));
    }

    private Component kpis(Dashboard figures) {
        Div today = new Div();
        today.addClassName("kpi-statuses");
        STATUS_ORDER.stream()
                .filter(figures.appointmentsByStatus()::containsKey)
                .forEach(status -> today.add(new Span(getTranslation(
                        "dashboard.status-count",
                        figures.appointmentsByStatus().get(status),
                        getTranslation("appointment.status." + status)))));
        if (figures.appointmentsToday() == 0) {
            today.add(new Span(getTranslation("dashboard.today.none")));
        }

        BigDecimal change = figures.revenue().changePercent();
        Span revenueDetail = new Span(
                change == null
                        ? getTranslation("dashboard.revenue.no-comparison")
                        : getTranslation(
                                "dashboard.revenue.against",
                                ClinicFormats.money(figures.revenue().lastMonth()),
                                (change.signum() > 0 ? "+" : "") + change));
        if (change != null) {
            revenueDetail.addClassName(change.signum() >= 0 ? "up" : "down");
        }

        Div cards = new Div(
                new KpiCard(
                        VaadinIcon.CALENDAR_CLOCK,
                        getTranslation("dashboard.today"),
                        String.valueOf(figures.appointmentsToday()),
                        today),
                new KpiCard(
                        VaadinIcon.USERS,
                        getTranslation("dashboard.active-patients"),
                        String.valueOf(figures.activePatients()),
                        new Span(getTranslation("dashboard.active-patients.detail"))),
                new KpiCard(
                        VaadinIcon.MONEY,
                        getTranslation("dashboard.revenue"),
                        ClinicFormats.money(figures.revenue().thisMonth()),
                        revenueDetail),
                new KpiCard(
                        VaadinIcon.WALLET,
                        getTranslation("dashboard.receivables"),
                        ClinicFormats.money(figures.receivables().total()),
                        overdue(figures)),
                new KpiCard(
                        VaadinIcon.USER_CLOCK,
                        getTranslation("dashboard.no-shows"),
                        getTranslation("dashboard.percent", figures.noShows().ratePercent()),
                        new Span(getTranslation(
                                "dashboard.no-shows.detail",
                                figures.noShows().missed(),
                                figures.noShows().expected()))));
        cards.addClassName("kpi-grid");
        return cards;
    }

    private Span overdue(Dashboard figures) {
        Span overdue = new Span(getTranslation(
                "dashboard.receivables.detail",
                ClinicFormats.money(figures.receivables().overdue()),
                figures.receivables().overdueCount()));
        if (figures.receivables().overdueCount() > 0) {
            overdue.addClassName("down");
        }
        return overdue;
    }

    private Component charts(Dashboard figures) {
        ClinicChart revenue = new ClinicChart(Kind.BAR, true);
        List<MonthlyAmount> months = figures.revenueByMonth();
        revenue.show(
                months.stream().map(this::monthLabel).toList(),
                List.of(new Series(
                        getTranslation("dashboard.chart.revenue"),
                        months.stream().map(MonthlyAmount::amount).toList(),
                        List.of("#0f766e"))));
        revenue.setDescription(getTranslation("dashboard.chart.revenue"));

        ClinicChart professionals = new ClinicChart(Kind.HORIZONTAL_BAR, false);
        List<ProfessionalCount> counts = figures.appointmentsByProfessional();
        professionals.show(
                counts.stream().map(ProfessionalCount::name).toList(),
                List.of(new Series(
                        getTranslation("dashboard.chart.professionals"),
                        counts.stream().map(ProfessionalCount::appointments).toList(),
                        counts.stream().map(ProfessionalCount::color).toList())));
        professionals.setDescription(getTranslation("dashboard.chart.professionals"));

        ClinicChart methods = new ClinicChart(Kind.DOUGHNUT, true);
        Map<String, BigDecimal> byMethod = figures.revenueByMethod();
        methods.show(
                byMethod.keySet().stream()
                        .map(method -> getTranslation("payment.method." + method))
                        .toList(),
                List.of(new Series(
                        getTranslation("dashboard.chart.methods"),
                        List.copyOf(byMethod.values()),
                        PALETTE.subList(0, Math.min(PALETTE.size(), Math.max(1, byMethod.size()))))));
        methods.setDescription(getTranslation("dashboard.chart.methods"));

        Div charts = new Div(
                chartCard("dashboard.chart.revenue", revenue, "wide"),
                chartCard("dashboard.chart.professionals", professionals, ""),
                chartCard("dashboard.chart.methods", methods, ""));
        charts.addClassName("chart-grid");
        return charts;
    }

    private Div chartCard(String key, ClinicChart chart, String size) {
        Div card = new Div(new H2(getTranslation(key)), chart);
        card.addClassNames("card", "chart-card");
        if (!size.isEmpty()) {
            card.addClassName(size);
        }
        return card;
    }

    private String monthLabel(MonthlyAmount month) {
        Locale locale = getLocale();
        return month.month().getMonth().getDisplayName(TextStyle.SHORT, locale).replace(".", "") + "/"
                + String.valueOf(month.month().getYear()).substring(2);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
