package app.sorriso.billing.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.ResponsiveGrid;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns a payments grid shows (the global list and a patient's tab), and the card that replaces them on phones.
 */
final class PaymentColumns {

    private PaymentColumns() {}

    /**
     * @param withPatient whether to show the patient (not on the patient's own page)
     * @param changed what to do after an action changed a payment (reload)
     */
    static void configure(
            Grid<PaymentEntry> grid,
            PaymentService payments,
            ZoneId zone,
            boolean withPatient,
            boolean canAct,
            Runnable changed) {
        LocalDate today = payments.today();
        List<Grid.Column<PaymentEntry>> columns = new ArrayList<>();
        columns.add(grid.addColumn(entry -> ClinicFormats.date(entry.dueDate()))
                .setHeader(grid.getTranslation("payment.field.due-date"))
                .setSortProperty("dueDate")
                .setWidth("8.5rem")
                .setFlexGrow(0));
        if (withPatient) {
            columns.add(grid.addColumn(PaymentEntry::patientName)
                    .setHeader(grid.getTranslation("payment.field.patient"))
                    .setSortProperty("patient.fullName")
                    .setFlexGrow(3));
        }
        columns.add(grid.addColumn(PaymentColumns::description)
                .setHeader(grid.getTranslation("payment.field.description"))
                .setFlexGrow(3));
        columns.add(grid.addColumn(entry -> ClinicFormats.money(entry.amount()))
                .setHeader(grid.getTranslation("payment.field.amount"))
                .setSortProperty("amount")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0));
        columns.add(grid.addComponentColumn(entry -> new PaymentStatePill(entry.state(today)))
                .setHeader(grid.getTranslation("payment.field.state"))
                .setAutoWidth(true)
                .setFlexGrow(0));
        columns.add(grid.addColumn(entry -> paid(grid, entry, zone))
                .setHeader(grid.getTranslation("payment.field.paid"))
                .setAutoWidth(true));
        if (canAct) {
            columns.add(grid.addComponentColumn(entry -> new PaymentActions(entry, today, payments, changed))
                    .setHeader(grid.getTranslation("payment.field.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0));
        }
        Grid.Column<PaymentEntry> card = grid.addComponentColumn(
                        entry -> card(grid, entry, today, zone, withPatient, canAct ? payments : null, changed))
                .setHeader(grid.getTranslation("payments.title"));
        ResponsiveGrid.switchColumns(grid, card, columns);
    }

    static String description(PaymentEntry entry) {
        return entry.installment() == null
                ? entry.description()
                : entry.description() + " · " + entry.instalmentLabel();
    }

    private static String paid(Component owner, PaymentEntry entry, ZoneId zone) {
        if (entry.paidAt() == null) {
            return "";
        }
        return owner.getTranslation(
                "payment.paid-on-by",
                ClinicFormats.date(entry.paidAt().atZone(zone).toLocalDate()),
                owner.getTranslation(entry.method().messageKey()));
    }

    private static Component card(
            Component owner,
            PaymentEntry entry,
            LocalDate today,
            ZoneId zone,
            boolean withPatient,
            PaymentService payments,
            Runnable changed) {
        Span title = new Span(withPatient ? entry.patientName() : description(entry));
        title.addClassName("grid-card-title");
        Div card = new Div(title);
        card.addClassNames("grid-card", "payment-card");
        if (withPatient) {
            Span what = new Span(description(entry));
            what.addClassName("grid-card-line");
            card.add(what);
        }
        Span due = new Span(owner.getTranslation(
                "payment.card.due", ClinicFormats.date(entry.dueDate()), ClinicFormats.money(entry.amount())));
        due.addClassName("grid-card-line");
        card.add(due);
        String paid = paid(owner, entry, zone);
        if (!paid.isEmpty()) {
            Span paidLine = new Span(paid);
            paidLine.addClassName("grid-card-line");
            card.add(paidLine);
        }
        Div footer = new Div(new PaymentStatePill(entry.state(today)));
        footer.addClassName("payment-card-footer");
        if (payments != null) {
            footer.add(new PaymentActions(entry, today, payments, changed));
        }
        card.add(footer);
        return card;
    }
}
