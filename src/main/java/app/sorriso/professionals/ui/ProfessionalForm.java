package app.sorriso.professionals.ui;

import app.sorriso.base.BrazilianState;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.Specialty;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The fields of one professional, bound by property name so the entity's Bean Validation rules (and the service's
 * refusals, through {@link app.sorriso.base.ui.FormDialog}) show next to the field they are about.
 */
class ProfessionalForm extends FormLayout {

    /** Colours that read well on the calendar in light and dark mode; any other #rrggbb may be typed. */
    private static final List<String> PALETTE =
            List.of("#0f766e", "#2563eb", "#7c3aed", "#db2777", "#dc2626", "#ea580c", "#ca8a04", "#16a34a");

    private final TextField name = new TextField();
    private final Select<BrazilianState> croState = new Select<>();
    private final TextField croNumber = new TextField();
    private final ComboBox<Specialty> specialty = new ComboBox<>();
    private final TextField color = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Checkbox active = new Checkbox();
    private final Div palette = new Div();
    private final ComboBox<Long> userAccountId = new ComboBox<>();

    private final Binder<Professional> binder = new BeanValidationBinder<>(Professional.class);

    /** @param dentistAccounts the DENTIST accounts a professional may be linked to, by id, with their names */
    ProfessionalForm(Map<Long, String> dentistAccounts) {
        name.setLabel(getTranslation("professional.name"));
        name.setMaxLength(Professional.NAME_MAX);
        croState.setLabel(getTranslation("professional.cro-state"));
        croState.setItems(BrazilianState.values());
        croNumber.setLabel(getTranslation("professional.cro-number"));
        croNumber.setMaxLength(Professional.CRO_NUMBER_MAX);
        croNumber.setAllowedCharPattern("[0-9]");
        croNumber.setValueChangeMode(ValueChangeMode.EAGER);
        specialty.setLabel(getTranslation("professional.specialty"));
        specialty.setItems(sortedSpecialties());
        specialty.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        email.setLabel(getTranslation("professional.email"));
        email.setMaxLength(Professional.EMAIL_MAX);
        phone.setLabel(getTranslation("professional.phone"));
        phone.setMaxLength(Professional.PHONE_MAX);
        active.setLabel(getTranslation("professional.active"));
        userAccountId.setLabel(getTranslation("professional.account"));
        userAccountId.setHelperText(getTranslation("professional.account.helper"));
        userAccountId.setPlaceholder(getTranslation("professional.account.none"));
        userAccountId.setItems(dentistAccounts.keySet());
        userAccountId.setItemLabelGenerator(id -> dentistAccounts.getOrDefault(id, "#" + id));
        userAccountId.setClearButtonVisible(true);

        Span swatch = ProfessionalCells.colorDot("transparent");
        color.setLabel(getTranslation("professional.color"));
        color.setHelperText(getTranslation("professional.color.helper"));
        color.setMaxLength(7);
        color.setPrefixComponent(swatch);
        color.setValueChangeMode(ValueChangeMode.EAGER);
        color.addValueChangeListener(change -> swatch.getStyle().set("background-color", change.getValue()));

        binder.bindInstanceFields(this);
        // Bean Validation's @NotBlank and @Pattern do not mark a field as required by themselves.
        List.of(name, croNumber, color).forEach(field -> field.setRequiredIndicatorVisible(true));
        add(name, 2);
        fillPalette();
        Div colorChoice = new Div(color, palette);
        colorChoice.addClassName("color-choice");
        add(croState, croNumber, specialty, colorChoice, email, phone, userAccountId, active);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
    }

    private void fillPalette() {
        palette.addClassName("color-palette");
        for (String choice : PALETTE) {
            Span option = ProfessionalCells.colorDot(choice);
            option.addClassName("color-option");
            option.getElement().setAttribute("role", "button");
            option.getElement().setAttribute("title", choice);
            option.addClickListener(click -> color.setValue(choice));
            palette.add(option);
        }
    }

    private List<Specialty> sortedSpecialties() {
        Collator collator = Collator.getInstance(getLocale());
        return Arrays.stream(Specialty.values())
                .sorted(Comparator.comparing(item -> getTranslation(item.messageKey()), collator))
                .toList();
    }

    Binder<Professional> binder() {
        return binder;
    }
}
