package app.sorriso.professionals.ui;

import app.sorriso.professionals.ProfessionalSearch;
import app.sorriso.professionals.Specialty;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;

/** The list's search: a name or CRO number, a specialty and a status; any change asks the view to reload. */
class ProfessionalsToolbar extends Div {

    private final TextField text = new TextField();
    private final ComboBox<Specialty> specialty = new ComboBox<>();
    private final Select<StatusFilter> status = new Select<>();

    ProfessionalsToolbar(Runnable onChange) {
        addClassName("view-toolbar");
        text.setPlaceholder(getTranslation("professionals.search"));
        text.setAriaLabel(getTranslation("professionals.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.addClassName("search-field");

        Collator collator = Collator.getInstance(getLocale());
        specialty.setLabel(getTranslation("professionals.filter.specialty"));
        specialty.setPlaceholder(getTranslation("professionals.filter.any-specialty"));
        specialty.setItems(Arrays.stream(Specialty.values())
                .sorted(Comparator.comparing(item -> getTranslation(item.messageKey()), collator))
                .toList());
        specialty.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        specialty.setClearButtonVisible(true);

        status.setLabel(getTranslation("professionals.filter.status"));
        status.setItems(StatusFilter.values());
        status.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        status.setValue(StatusFilter.ACTIVE);

        text.addValueChangeListener(change -> onChange.run());
        specialty.addValueChangeListener(change -> onChange.run());
        status.addValueChangeListener(change -> onChange.run());
        add(text, specialty, status);
    }

    ProfessionalSearch search() {
        StatusFilter chosen = status.getValue() == null ? StatusFilter.ALL : status.getValue();
        return new ProfessionalSearch(text.getValue(), specialty.getValue(), chosen.active());
    }

    /** Back to everyone: no text, any specialty, active and inactive alike. */
    void clear() {
        text.clear();
        specialty.clear();
        status.setValue(StatusFilter.ALL);
    }
}
