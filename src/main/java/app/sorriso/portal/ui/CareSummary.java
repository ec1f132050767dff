package app.sorriso.portal.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentStatus;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Plans under way with their progress, and what is still to pay (and whether any of it is late). */
class CareSummary extends Div {

    private static final Set<PlanStatus> UNDER_WAY =
            EnumSet.of(PlanStatus.PROPOSED, PlanStatus.APPROVED, PlanStatus.IN_PROGRESS);

    CareSummary(List<PlanOverview> plans, List<PaymentEntry> payments, Clock clock) {
        addClassName("care-summary");
        add(plansCard(
                plans.stream().filter(plan -> UNDER_WAY.contains(plan.status())).toList()));
        add(paymentsCard(payments, LocalDate.now(clock)));
    }

    private Div plansCard(List<PlanOverview> plans) {
        Div card = new Div(new H2(getTranslation("me.home.plans")));
        card.addClassNames("card", "summary-card");
        if (plans.isEmpty()) {
            card.add(new Paragraph(getTranslation("me.home.plans-none")));
        }
        for (PlanOverview plan : plans) {
            ProgressBar progress = new ProgressBar(0, Math.max(1, plan.steps().size()), plan.stepsDone());
            Span steps = new Span(getTranslation(
                    "me.plan.progress", plan.stepsDone(), plan.steps().size()));
            steps.addClassName("summary-detail");
            // a bar alone says nothing to a screen reader: it reads the same words as the line beside it
            progress.getElement().setAttribute("aria-label", steps.getText());
            Div item = new Div(new Span(plan.name()), progress, steps);
            item.addClassName("summary-plan");
            card.add(item);
        }
        card.add(link());
        return card;
    }

    private Div paymentsCard(List<PaymentEntry> payments, LocalDate today) {
        List<PaymentEntry> open = payments.stream()
                .filter(payment -> payment.status() == PaymentStatus.PENDING)
                .sorted(Comparator.comparing(PaymentEntry::dueDate))
                .toList();
        BigDecimal due = open.stream().map(PaymentEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long late = open.stream().filter(payment -> payment.isOverdue(today)).count();
        Div card = new Div(new H2(getTranslation("me.home.payments")));
        card.addClassNames("card", "summary-card");
        if (open.isEmpty()) {
            card.add(new Paragraph(getTranslation("me.home.payments-none")));
        } else {
            Span total = new Span(ClinicFormats.money(due));
            total.addClassName("summary-amount");
            card.add(total);
            // An overdue instalment is not "next": it is counted below, and the next due date is one still ahead.
            open.stream()
                    .filter(payment -> !payment.isOverdue(today))
                    .findFirst()
                    .ifPresent(upcoming -> {
                        Span next = new Span(
                                getTranslation("me.home.payments-next", ClinicFormats.date(upcoming.dueDate())));
                        next.addClassName("summary-detail");
                        card.add(next);
                    });
            if (late > 0) {
                Span overdue = new Span(getTranslation("me.home.payments-late", late));
                overdue.addClassNames("status-pill", "negative");
                card.add(overdue);
            }
        }
        card.add(link());
        return card;
    }

    private RouterLink link() {
        RouterLink history = new RouterLink(getTranslation("me.home.see-history"), MyHistoryView.class);
        history.addClassName("summary-link");
        return history;
    }
}
