package app.sorriso.portal.ui;

import app.sorriso.professionals.Professional;
import app.sorriso.professionals.Specialty;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The specialties the clinic offers: those of its active professionals, each with who practises it. */
class SpecialtiesSection extends Section {

    /** Specialties with a sentence of their own in the bundles ({@code landing.specialty.<NAME>}). */
    private static final Set<Specialty> DESCRIBED = EnumSet.of(
            Specialty.GENERAL_PRACTICE,
            Specialty.ORTHODONTICS,
            Specialty.ENDODONTICS,
            Specialty.IMPLANT_DENTISTRY,
            Specialty.PERIODONTICS,
            Specialty.PEDIATRIC_DENTISTRY,
            Specialty.PROSTHODONTICS,
            Specialty.RESTORATIVE_DENTISTRY,
            Specialty.OROFACIAL_HARMONIZATION);

    private static final Map<Specialty, VaadinIcon> ICONS = Map.of(
            Specialty.GENERAL_PRACTICE, VaadinIcon.TOOTH,
            Specialty.ORTHODONTICS, VaadinIcon.GRID_SMALL_O,
            Specialty.ENDODONTICS, VaadinIcon.HEART_O,
            Specialty.IMPLANT_DENTISTRY, VaadinIcon.WRENCH,
            Specialty.PEDIATRIC_DENTISTRY, VaadinIcon.CHILD,
            Specialty.PERIODONTICS, VaadinIcon.DROP);

    SpecialtiesSection(List<Professional> team) {
        setId("especialidades");
        addClassNames("landing-section", "reveal");
        Map<Specialty, List<String>> offered = team.stream()
                .collect(Collectors.groupingBy(
                        Professional::getSpecialty,
                        TreeMap::new,
                        Collectors.mapping(Professional::getName, Collectors.toList())));
        Div cards = new Div();
        cards.addClassName("landing-cards");
        offered.forEach((specialty, names) -> cards.add(card(specialty, names)));
        add(
                new H2(getTranslation("landing.specialties.title")),
                new Paragraph(getTranslation("landing.specialties.text")),
                cards);
    }

    private Div card(Specialty specialty, List<String> names) {
        Icon icon = ICONS.getOrDefault(specialty, VaadinIcon.STAR_O).create();
        icon.addClassName("landing-card-icon");
        Div card = new Div(icon, new H3(getTranslation(specialty.messageKey())));
        if (DESCRIBED.contains(specialty)) {
            card.add(new Paragraph(getTranslation("landing.specialty." + specialty.name())));
        }
        Paragraph who = new Paragraph(String.join(" · ", names));
        who.addClassName("landing-card-who");
        card.add(who);
        card.addClassName("landing-info-card");
        return card;
    }
}
