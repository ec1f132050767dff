package app.sorriso.portal.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.EmptyState;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentStatus;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.treatments.PlanOverview;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The three lists of the patient's history, as cards that read well on a phone and line up on a desktop. */
final class HistoryLists {

    private HistoryLists() {}

    static Div row(String title, String detail, com.vaadin.flow.component.Component status) {
        Span heading = new Span(title);
        heading.addClassName("history-row-title");
        Span line = new Span(detail);
        line.addClassName("history-row-detail");
        Div text = new Div(heading, line);
        text.addClassName("history-row-text");
        Div row = new Div(text, status);
        row.addClassName("history-row");
        return row;
    }

    static EmptyState empty(Div owner, VaadinIcon icon, String key) {
        EmptyState empty = new EmptyState(icon);
        empty.show(owner.getTranslation(key + ".title"), owner.getTranslation(key + ".hint"));
        return empty;
    }

    /** Appointments still ahead, then those that have happened, newest first. */
    static class Appointments extends Div {

        Appointments(List<AgendaEntry> coming, List<AgendaEntry> past, ZoneId zone) {
            addClassName("history-list");
            if (coming.isEmpty() && past.isEmpty()) {
                add(empty(this, VaadinIcon.CALENDAR_O, "me.history.no-appointments"));
                return;
            }
            if (!coming.isEmpty()) {
                add(new H3(getTranslation("appointments.upcoming", coming.size())));
                coming.forEach(entry -> add(entry(entry, zone)));
            }
            add(new H3(getTranslation("appointments.past", past.size())));
            past.forEach(entry -> add(entry(entry, zone)));
        }

        private Div entry(AgendaEntry entry, ZoneId zone) {
            String when = ClinicFormats.DATE_TIME.format(entry.startsAt().atZone(zone));
            return row(when, entry.professionalName(), new AppointmentPill(entry.status()));
        }
    }

    /** Each plan with its steps ticked or not: read-only, the dentist ticks them. */
    static class Plans extends Div {

        Plans(List<PlanOverview> plans) {
            addClassName("history-list");
            if (plans.isEmpty()) {
                add(empty(this, VaadinIcon.CLIPBOARD_CHECK, "me.history.no-plans"));
            }
            plans.forEach(plan -> add(plan(plan)));
        }

        private Div plan(PlanOverview plan) {
            Span status =
                    new Span(getTranslation("me.plan.status." + plan.status().name()));
            status.addClassNames(
                    "status-pill", "plan-status-" + plan.status().name().toLowerCase(Locale.ROOT));
            Div header = new Div(new H3(plan.name()), status);
            header.addClassName("plan-header");
            Paragraph who = new Paragraph(plan.professionalName() + " · " + ClinicFormats.money(plan.total()));
            who.addClassName("history-row-detail");
            ProgressBar progress = new ProgressBar(0, Math.max(1, plan.steps().size()), plan.stepsDone());
            Span count = new Span(getTranslation(
                    "me.plan.progress", plan.stepsDone(), plan.steps().size()));
            count.addClassName("history-row-detail");
            // a bar alone says nothing to a screen reader: it reads the same words as the line beside it
            progress.getElement().setAttribute("aria-label", count.getText());
            Div steps = new Div();
            steps.addClassName("plan-steps");
            for (PlanOverview.Step step : plan.steps()) {
                Icon tick = (step.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
                String tooth = step.tooth() == null ? "" : " · " + getTranslation("me.plan.tooth", step.tooth());
                Div line = new Div(tick, new Span(step.description() + tooth));
                line.addClassName("plan-step");
                line.getElement().getClassList().set("done", step.done());
                steps.add(line);
            }
            Div card = new Div(header, who, progress, count, steps);
            card.addClassNames("card", "plan-card");
            return card;
        }
    }

    /** Payments, latest due date first, with their status; a pending one past its due date reads as overdue. */
    static class Payments extends Div {

        Payments(List<PaymentEntry> payments, Clock clock) {
            addClassName("history-list");
            if (payments.isEmpty()) {
                add(empty(this, VaadinIcon.WALLET, "me.history.no-payments"));
            }
            LocalDate today = LocalDate.now(clock);
            for (PaymentEntry payment : payments) {
                String detail = ClinicFormats.money(payment.amount()) + " · "
                        + getTranslation("me.payment.due", ClinicFormats.date(payment.dueDate()));
                add(row(payment.description(), detail, status(payment, today)));
            }
        }

        private Span status(PaymentEntry payment, LocalDate today) {
            boolean overdue = payment.isOverdue(today);
            Span pill = new Span(getTranslation(
                    overdue
                            ? "me.payment.overdue"
                            : "me.payment.status." + payment.status().name()));
            pill.addClassName("status-pill");
            if (overdue) {
                pill.addClassName("negative");
            } else if (payment.status() == PaymentStatus.PAID) {
                pill.addClassName("positive");
            }
            return pill;
        }
    }
}
