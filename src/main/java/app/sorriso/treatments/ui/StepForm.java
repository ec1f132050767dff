package app.sorriso.treatments.ui;

import app.sorriso.base.ui.DatePickers;
import app.sorriso.treatments.Surface;
import app.sorriso.treatments.Tooth;
import app.sorriso.treatments.TreatmentStep;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * A step of a plan: the procedure, the tooth (picked by number or name) and its surfaces, the planned date, the cost
 * in reais and notes. Only the surfaces the chosen tooth has are offered: occlusal on back teeth, incisal on front ones.
 * The rules are the service's own ({@code StepContent}), checked here first so the message sits by the field.
 */
class StepForm extends FormLayout {

    private final Binder<StepDraft> binder = new Binder<>(StepDraft.class);

    StepForm() {
        addClassName("step-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));

        TextField description = new TextField(getTranslation("plan.step.field.description"));
        description.setMaxLength(TreatmentStep.DESCRIPTION_MAX);
        description.setPlaceholder(getTranslation("plan.step.field.description.placeholder"));
        binder.forField(description)
                .asRequired(getTranslation("plan.step.description.required"))
                .bind("description");
        setColspan(description, 2);

        ComboBox<Tooth> tooth = new ComboBox<>(getTranslation("plan.step.field.tooth"));
        tooth.setItems(
                (item, filter) -> ToothNames.labelled(this, item)
                        .toLowerCase(getLocale())
                        .contains(filter.toLowerCase(getLocale())),
                Tooth.ALL.stream()
                        .sorted(Comparator.comparingInt(Tooth::number))
                        .toList());
        tooth.setItemLabelGenerator(item -> ToothNames.labelled(this, item));
        tooth.setClearButtonVisible(true);
        tooth.setHelperText(getTranslation("plan.step.field.tooth.helper"));
        binder.forField(tooth).bind("tooth");

        CheckboxGroup<Surface> surfaces = new CheckboxGroup<>(getTranslation("plan.step.field.surfaces"));
        surfaces.setItems(Surface.values());
        surfaces.setItemLabelGenerator(surface -> surface.name() + " · " + getTranslation(surface.messageKey()));
        surfaces.addClassName("surface-picker");
        binder.forField(surfaces)
                .withValidator(
                        chosen -> chosen.isEmpty() || tooth.getValue() != null,
                        getTranslation("plan.step.surfaces.need-tooth"))
                .bind("surfaces");
        setColspan(surfaces, 2);
        tooth.addValueChangeListener(change -> offerSurfacesOf(change.getValue(), surfaces));
        offerSurfacesOf(null, surfaces);

        DatePicker plannedDate = new DatePicker(getTranslation("plan.step.field.planned-date"));
        plannedDate.setI18n(DatePickers.brazilian(this));
        binder.forField(plannedDate).bind("plannedDate");

        BigDecimalField cost = new BigDecimalField(getTranslation("plan.step.field.cost"));
        cost.setPrefixComponent(new Span("R$"));
        cost.setPlaceholder("0,00");
        binder.forField(cost)
                .withValidator(
                        value -> value == null || (value.signum() >= 0 && value.compareTo(TreatmentStep.COST_MAX) <= 0),
                        getTranslation("plan.step.cost.range"))
                .withValidator(
                        value -> value == null || value.stripTrailingZeros().scale() <= 2,
                        getTranslation("plan.step.cost.cents"))
                .bind("cost");

        TextArea notes = new TextArea(getTranslation("plan.step.field.notes"));
        notes.setMaxLength(TreatmentStep.NOTES_MAX);
        binder.forField(notes).bind("notes");
        setColspan(notes, 2);

        add(description, tooth, plannedDate, surfaces, cost, notes);
    }

    /**
     * Front teeth bite with an edge (incisal), back teeth chew with a surface (occlusal); without a tooth no surface
     * applies. Surfaces that stop applying are unticked, so nothing hidden is saved.
     */
    private static void offerSurfacesOf(Tooth tooth, CheckboxGroup<Surface> surfaces) {
        Set<Surface> offered = EnumSet.noneOf(Surface.class);
        if (tooth != null) {
            offered.addAll(EnumSet.allOf(Surface.class));
            offered.remove(tooth.isAnterior() ? Surface.O : Surface.I);
            offered.remove(tooth.isUpper() ? Surface.L : Surface.P);
        }
        surfaces.setItemEnabledProvider(offered::contains);
        Set<Surface> kept = EnumSet.noneOf(Surface.class);
        surfaces.getValue().stream().filter(offered::contains).forEach(kept::add);
        if (!kept.equals(surfaces.getValue())) {
            surfaces.setValue(kept);
        }
    }

    Binder<StepDraft> binder() {
        return binder;
    }
}
