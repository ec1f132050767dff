package app.sorriso.portal.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.professionals.Professional;
import app.sorriso.scheduling.Slot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The free times of the picked day, under the name of each professional who has them. */
class SlotList extends Div {

    private final Map<Long, Professional> team;
    private final ZoneId zone;
    private final Consumer<Slot> onPick;

    SlotList(Map<Long, Professional> team, ZoneId zone, Consumer<Slot> onPick) {
        this.team = team;
        this.zone = zone;
        this.onPick = onPick;
        addClassName("slot-list");
        clear();
    }

    void clear() {
        removeAll();
        add(hint(getTranslation("me.book.pick-day")));
    }

    void show(LocalDate day, List<Slot> slots) {
        removeAll();
        if (slots.isEmpty()) {
            add(hint(getTranslation("me.book.day-full", ClinicFormats.date(day))));
            return;
        }
        Map<Long, List<Slot>> byProfessional = slots.stream()
                .collect(Collectors.groupingBy(Slot::professionalId, LinkedHashMap::new, Collectors.toList()));
        byProfessional.forEach((professionalId, times) -> {
            Professional professional = team.get(professionalId);
            Span name = new Span(professional.getName());
            name.addClassName("slot-professional");
            Div chips = new Div();
            chips.addClassName("slot-chips");
            for (Slot slot : times) {
                Button time = new Button(
                        ClinicFormats.TIME.format(slot.startsAt().atZone(zone)), click -> onPick.accept(slot));
                time.addClassName("slot-chip");
                chips.add(time);
            }
            Div group = new Div(name, chips);
            group.addClassName("slot-group");
            add(group);
        });
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("slot-hint");
        return hint;
    }
}
