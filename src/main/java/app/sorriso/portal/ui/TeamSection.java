package app.sorriso.portal.ui;

import app.sorriso.base.ui.Avatars;
import app.sorriso.professionals.Professional;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The clinic's dentists, with specialty and CRO, as patients (and the dental council) expect to see them. */
class TeamSection extends Section {

    TeamSection(List<Professional> team) {
        setId("equipe");
        addClassNames("landing-section", "reveal");
        Div people = new Div();
        people.addClassName("landing-team");
        team.forEach(professional -> people.add(person(professional)));
        add(new H2(getTranslation("landing.team.title")), new Paragraph(getTranslation("landing.team.text")), people);
    }

    private Div person(Professional professional) {
        Avatar avatar = Avatars.of(professional.getName());
        avatar.addClassName("landing-person-avatar");
        avatar.getStyle().set("background-color", professional.getColor());
        Span cro = new Span(professional.cro());
        cro.addClassName("landing-person-cro");
        Div person = new Div(
                avatar,
                new H3(professional.getName()),
                new Paragraph(getTranslation(professional.getSpecialty().messageKey())),
                cro);
        person.addClassName("landing-person");
        return person;
    }
}
