package app.sorriso.portal.ui;

import app.sorriso.professionals.Professional;
import app.sorriso.professionals.Specialty;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;

/** With whom: any professional of a specialty (the soonest slot, whoever has it) or one professional by name. */
class ProviderChoice extends Div {

    /** Either a specialty or a professional. */
    record Choice(Specialty specialty, Professional professional) {}

    private enum Mode {
        SPECIALTY,
        PROFESSIONAL
    }

    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final Select<Specialty> specialty = new Select<>();
    private final Select<Professional> professional = new Select<>();
    private final List<Specialty> offered;

    ProviderChoice(List<Professional> team, Consumer<Choice> onChoice) {
        addClassName("provider-choice");
        offered = team.stream()
                .map(Professional::getSpecialty)
                .distinct()
                .sorted()
                .toList();
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(
                choice -> getTranslation("me.book.by." + choice.name().toLowerCase(java.util.Locale.ROOT)));
        mode.addClassName("provider-mode");
        specialty.setLabel(getTranslation("professional.specialty"));
        specialty.setItems(offered);
        specialty.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        professional.setLabel(getTranslation("booking.professional"));
        professional.setItems(team);
        professional.setItemLabelGenerator(item ->
                item.getName() + " · " + getTranslation(item.getSpecialty().messageKey()));
        for (Select<?> select : List.of(specialty, professional)) {
            select.setWidthFull();
        }

        mode.addValueChangeListener(change -> {
            boolean bySpecialty = change.getValue() == Mode.SPECIALTY;
            specialty.setVisible(bySpecialty);
            professional.setVisible(!bySpecialty);
            emit(onChoice);
        });
        specialty.addValueChangeListener(change -> emit(onChoice));
        professional.addValueChangeListener(change -> emit(onChoice));
        add(mode, specialty, professional);
    }

    /** Starts with general practice (what most people look for), or the first specialty the clinic offers. */
    void pickDefault() {
        if (offered.isEmpty()) {
            return;
        }
        specialty.setValue(
                offered.contains(Specialty.GENERAL_PRACTICE) ? Specialty.GENERAL_PRACTICE : offered.getFirst());
        mode.setValue(Mode.SPECIALTY);
    }

    private void emit(Consumer<Choice> onChoice) {
        if (mode.getValue() == Mode.SPECIALTY && specialty.getValue() != null) {
            onChoice.accept(new Choice(specialty.getValue(), null));
        } else if (mode.getValue() == Mode.PROFESSIONAL && professional.getValue() != null) {
            onChoice.accept(new Choice(null, professional.getValue()));
        }
    }
}
