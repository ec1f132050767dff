package app.sorriso.professionals.ui;

import app.sorriso.professionals.Professional;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;

/** How one professional reads in the list: a name beside its calendar colour, a status pill, a phone card. */
final class ProfessionalCells {

    private ProfessionalCells() {}

    static Component name(Professional professional) {
        Span name = new Span(professional.getName());
        Div cell = new Div(colorDot(professional.getColor()), name);
        cell.addClassName("professional-name");
        return cell;
    }

    static Span colorDot(String color) {
        Span dot = new Span();
        dot.addClassName("color-dot");
        dot.getStyle().set("background-color", color);
        return dot;
    }

    static Span status(Professional professional, Function<String, String> translate) {
        Span pill =
                new Span(translate.apply(professional.isActive() ? "professionals.active" : "professionals.inactive"));
        pill.addClassNames("status-pill", professional.isActive() ? "positive" : "neutral");
        return pill;
    }

    static Component card(Professional professional, Function<String, String> translate) {
        Div title = new Div(name(professional));
        title.addClassName("grid-card-title");
        Div registration = new Div(new Span(professional.cro() + " · "
                + translate.apply(professional.getSpecialty().messageKey())));
        registration.addClassName("grid-card-line");
        Div card = new Div(title, registration);
        if (professional.getPhone() != null) {
            Div phone = new Div(new Span(professional.getPhone()));
            phone.addClassName("grid-card-line");
            card.add(phone);
        }
        card.add(new Div(status(professional, translate)));
        card.addClassName("grid-card");
        return card;
    }
}
