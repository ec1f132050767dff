package app.sorriso.portal.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ClinicProperties;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.WorkingPeriod;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * When the clinic is open and how to reach it. The hours are the team's: on each weekday, from the first
 * professional's start to the last one's end, so they can never disagree with the agenda.
 */
class VisitSection extends Section {

    VisitSection(ClinicProperties clinic, List<Professional> team) {
        setId("contato");
        addClassNames("landing-section", "landing-visit", "reveal");
        Div hours = new Div(new H3(getTranslation("landing.hours.title")));
        hours.addClassNames("landing-info-card", "landing-hours");
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingPeriod> periods = team.stream()
                    .flatMap(professional -> professional.getWorkingHours().stream())
                    .filter(period -> period.dayOfWeek() == day)
                    .toList();
            Span name = new Span(Dates.weekday(this, day));
            Span open = new Span(periods.isEmpty() ? getTranslation("landing.hours.closed") : span(periods));
            Div row = new Div(name, open);
            row.addClassName("landing-hours-row");
            row.getElement().getClassList().set("closed", periods.isEmpty());
            hours.add(row);
        }

        String map = "https://www.google.com/maps/search/?api=1&query="
                + URLEncoder.encode(clinic.name() + ", " + clinic.address(), StandardCharsets.UTF_8);
        Div contact = new Div(
                new H3(getTranslation("landing.visit.contact")),
                line(VaadinIcon.MAP_MARKER, clinic.address(), map),
                line(VaadinIcon.PHONE, clinic.phone(), clinic.phoneUrl()),
                line(VaadinIcon.COMMENTS_O, getTranslation("landing.whatsapp"), clinic.whatsappUrl()),
                line(VaadinIcon.ENVELOPE_O, clinic.email(), "mailto:" + clinic.email()));
        contact.addClassNames("landing-info-card", "landing-contact");
        Div cards = new Div(hours, contact);
        cards.addClassName("landing-visit-cards");
        add(new H2(getTranslation("landing.visit.title")), cards);
    }

    private static String span(List<WorkingPeriod> periods) {
        LocalTime opens = periods.stream()
                .map(WorkingPeriod::startTime)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalTime closes = periods.stream()
                .map(WorkingPeriod::endTime)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return ClinicFormats.TIME.format(opens) + "–" + ClinicFormats.TIME.format(closes);
    }

    private static Div line(VaadinIcon icon, String text, String href) {
        Div line = new Div(PublicPage.plainLink(href, icon.create(), new Span(text)));
        line.addClassName("landing-contact-line");
        if (href.startsWith("http")) {
            line.getChildren()
                    .findFirst()
                    .ifPresent(anchor -> anchor.getElement().setAttribute("target", "_blank"));
        }
        return line;
    }
}
