package app.sorriso.treatments.ui;

import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;

/**
 * The steps a plan's status allows, as buttons: the way forward first and in colour, going back to draft and
 * cancelling (which asks first) after it. Completing is offered only once every step is done; before that its
 * button says how many are left.
 */
class PlanActions extends Div {

    /** The order the buttons appear in: forward, then back, then away. */
    private static final List<PlanStatus> ORDER = List.of(
            PlanStatus.PROPOSED,
            PlanStatus.APPROVED,
            PlanStatus.IN_PROGRESS,
            PlanStatus.COMPLETED,
            PlanStatus.DRAFT,
            PlanStatus.CANCELLED);

    PlanActions(PlanOverview plan, Consumer<PlanStatus> move) {
        addClassName("plan-actions");
        for (PlanStatus next : ORDER) {
            if (plan.status().canBecome(next)) {
                add(button(plan, next, move));
            }
        }
    }

    private Button button(PlanOverview plan, PlanStatus next, Consumer<PlanStatus> move) {
        Button button = new Button(getTranslation("plan.action." + next.name()));
        switch (next) {
            case CANCELLED -> {
                button.setIcon(VaadinIcon.BAN.create());
                button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                button.addClickListener(click -> confirmCancel(plan, move));
            }
            case DRAFT -> {
                button.setIcon(VaadinIcon.ARROW_BACKWARD.create());
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                button.addClickListener(click -> move.accept(next));
            }
            case COMPLETED -> {
                long open = plan.steps().size() - plan.stepsDone();
                button.setIcon(VaadinIcon.CHECK_CIRCLE.create());
                button.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
                button.setEnabled(plan.progress().isAllDone());
                if (open > 0) {
                    button.setTooltipText(getTranslation("plan.complete.steps-open", open));
                }
                button.addClickListener(click -> move.accept(next));
            }
            default -> {
                button.setIcon(VaadinIcon.ARROW_FORWARD.create());
                button.setIconAfterText(true);
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.addClickListener(click -> move.accept(next));
            }
        }
        return button;
    }

    private void confirmCancel(PlanOverview plan, Consumer<PlanStatus> move) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("plan.cancel.title"),
                getTranslation("plan.cancel.text", plan.name()),
                getTranslation("plan.action.CANCELLED"),
                yes -> move.accept(PlanStatus.CANCELLED));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("plan.cancel.keep"));
        confirm.setConfirmButtonTheme(
                ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.open();
    }
}
