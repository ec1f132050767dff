package app.sorriso.treatments.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanOverview.Step;
import app.sorriso.treatments.Tooth;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A plan's steps: a table on wide screens (rows dragged to reorder), cards on phones (the stylesheet shows one or the
 * other), each with its tick and, for whoever may change the plan, move up and down, edit and remove.
 */
class StepList extends Div {

    /** What the buttons ask the plan's screen to do. */
    interface Actions {
        void tick(Step step);

        void edit(Step step);

        void remove(Step step);

        void move(Step step, int place);

        void attachments(Step step);
    }

    private final Actions actions;
    private final ZoneId zone;
    private final Grid<Step> table = new Grid<>();
    private final Div cards = new Div();
    private final Grid.Column<Step> actionsColumn;
    private List<Step> steps = List.of();
    private Map<Long, Long> attachmentCounts = Map.of();
    private boolean editable;
    private boolean tickable;
    private Step dragged;

    StepList(Actions actions, ZoneId zone) {
        this.actions = actions;
        this.zone = zone;
        addClassName("step-list");
        table.addClassNames("data-grid", "steps-table");
        table.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.addComponentColumn(this::tick).setHeader("").setWidth("5.5rem").setFlexGrow(0);
        table.addComponentColumn(this::procedure)
                .setHeader(getTranslation("plan.step.field.description"))
                .setFlexGrow(3);
        table.addComponentColumn(this::place)
                .setHeader(getTranslation("plan.step.field.tooth"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(step -> step.plannedDate() == null ? "" : ClinicFormats.date(step.plannedDate()))
                .setHeader(getTranslation("plan.step.field.planned-date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(step -> ClinicFormats.money(step.cost()))
                .setHeader(getTranslation("plan.step.field.cost"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addComponentColumn(this::doneCell)
                .setHeader(getTranslation("plan.step.done-column"))
                .setFlexGrow(1);
        table.addComponentColumn(this::attachments)
                .setHeader(getTranslation("plan.attachments.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        actionsColumn =
                table.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        table.setDropMode(GridDropMode.BETWEEN);
        table.addDragStartListener(start -> dragged = start.getDraggedItems().getFirst());
        table.addDragEndListener(end -> dragged = null);
        table.addDropListener(drop -> drop.getDropTargetItem()
                .filter(target -> dragged != null && !target.equals(dragged))
                .ifPresent(target -> actions.move(dragged, placeOf(dragged, target, drop.getDropLocation()))));
        cards.addClassName("steps-cards");
        add(table, cards);
    }

    /** Where the dragged step lands, counted as if it had already left its old place. */
    private int placeOf(Step moving, Step target, GridDropLocation location) {
        int targetIndex = steps.indexOf(target) + (location == GridDropLocation.BELOW ? 1 : 0);
        return steps.indexOf(moving) < targetIndex ? targetIndex - 1 : targetIndex;
    }

    /** @param attachmentCounts how many files each step (by id) has */
    void show(PlanOverview plan, boolean canChange, Map<Long, Long> attachmentCounts) {
        steps = plan.steps();
        this.attachmentCounts = attachmentCounts;
        editable = canChange && plan.status().isOpen();
        tickable = canChange && plan.status().allowsTicking();
        table.setRowsDraggable(editable && steps.size() > 1);
        actionsColumn.setVisible(editable);
        table.setItems(steps);
        cards.removeAll();
        steps.forEach(step -> cards.add(card(step)));
    }

    private Component attachments(Step step) {
        return StepAttachments.button(
                step, attachmentCounts.getOrDefault(step.id(), 0L), () -> actions.attachments(step));
    }

    private Component tick(Step step) {
        if (!tickable) {
            Icon state = (step.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
            state.addClassNames("step-state", step.done() ? "done" : "open");
            state.getElement()
                    .setAttribute("aria-label", getTranslation(step.done() ? "plan.step.done" : "plan.step.open"));
            return state;
        }
        Button tick = new Button(
                (step.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create(), click -> actions.tick(step));
        tick.addClassNames("step-tick", step.done() ? "done" : "open");
        tick.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        String label = getTranslation(step.done() ? "plan.step.untick" : "plan.step.tick", step.description());
        tick.setAriaLabel(label);
        tick.setTooltipText(label);
        return tick;
    }

    private Component procedure(Step step) {
        Span description = new Span((step.position() + 1) + ". " + step.description());
        description.addClassName("step-description");
        Div cell = new Div(description);
        cell.addClassName("step-procedure");
        if (step.notes() != null) {
            Span notes = new Span(step.notes());
            notes.addClassName("step-notes");
            cell.add(notes);
        }
        if (step.done()) {
            cell.addClassName("done");
        }
        return cell;
    }

    private Component place(Step step) {
        Span place = new Span(ToothNames.place(step.tooth(), step.surfaces()));
        if (step.tooth() != null) {
            place.addClassName("tooth-chip");
            String name = ToothNames.of(this, new Tooth(step.tooth()));
            String surfaces = ToothNames.surfaces(this, step.surfaces());
            place.setTitle(surfaces.isEmpty() ? name : name + " · " + surfaces);
        }
        return place;
    }

    /** When, and below it who: the two things a tick records. */
    private Component doneCell(Step step) {
        Div cell = new Div();
        cell.addClassName("step-done-cell");
        if (step.done()) {
            cell.add(new Span(ClinicFormats.DATE.format(step.doneAt().atZone(zone))));
            if (step.doneByName() != null) {
                Span who = new Span(step.doneByName());
                who.addClassName("step-notes");
                cell.add(who);
            }
        }
        return cell;
    }

    private String doneWhenAndBy(Step step) {
        if (!step.done()) {
            return "";
        }
        String when = ClinicFormats.DATE.format(step.doneAt().atZone(zone));
        return step.doneByName() == null ? when : when + " · " + step.doneByName();
    }

    private Component actions(Step step) {
        int index = steps.indexOf(step);
        Div buttons = new Div(
                icon(VaadinIcon.ARROW_UP, "plan.step.move-up", index > 0, () -> actions.move(step, index - 1)),
                icon(
                        VaadinIcon.ARROW_DOWN,
                        "plan.step.move-down",
                        index < steps.size() - 1,
                        () -> actions.move(step, index + 1)),
                icon(VaadinIcon.EDIT, "plan.step.edit", true, () -> actions.edit(step)),
                icon(VaadinIcon.TRASH, "plan.step.remove", !step.done(), () -> actions.remove(step)));
        buttons.addClassName("step-actions");
        return buttons;
    }

    private Button icon(VaadinIcon icon, String key, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.setEnabled(enabled);
        return button;
    }

    private Component card(Step step) {
        Div heading = new Div(tick(step), procedure(step));
        heading.addClassName("step-card-heading");
        Div details = new Div();
        details.addClassName("step-card-details");
        if (step.tooth() != null) {
            details.add(place(step));
        }
        if (step.plannedDate() != null) {
            details.add(new Span(ClinicFormats.date(step.plannedDate())));
        }
        details.add(new Span(ClinicFormats.money(step.cost())), attachments(step));
        Div card = new Div(heading, details);
        card.addClassName("step-card");
        if (step.done()) {
            Span done = new Span(getTranslation("plan.step.done-on", doneWhenAndBy(step)));
            done.addClassName("step-card-done");
            card.add(done);
            card.addClassName("done");
        }
        if (editable) {
            card.add(actions(step));
        }
        return card;
    }
}
