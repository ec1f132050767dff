package app.sorriso.portal.ui;

import app.sorriso.base.ClinicProperties;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;

/**
 * The clinic's public home at "/": who they are, what they treat and with whom, when they are open and how to reach
 * them, and the way to book. A logged-in person is sent straight to the first screen of their role (the patient's
 * home, the desk's day, the owner's dashboard), so one address works for everybody.
 */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
public class LandingView extends PublicPage implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    public LandingView(
            AuthenticationContext authentication, ClinicProperties clinic, ProfessionalService professionals) {
        super(clinic);
        this.authentication = authentication;
        addClassName("landing-view");
        List<Professional> team = professionals.findActive();
        content.add(
                hero(),
                highlights(),
                new SpecialtiesSection(team),
                new TeamSection(team),
                new VisitSection(clinic, team),
                callToAction());
    }

    @Override
    protected Component navigation() {
        Div links = new Div(
                plainLink("#especialidades", new Span(getTranslation("landing.specialties.title"))),
                plainLink("#equipe", new Span(getTranslation("landing.team.title"))),
                plainLink("#contato", new Span(getTranslation("landing.visit.title"))));
        links.addClassName("public-nav");
        return links;
    }

    private Section hero() {
        Span eyebrow = new Span(VaadinIcon.CALENDAR_CLOCK.create(), new Span(getTranslation("landing.hero.eyebrow")));
        eyebrow.addClassName("landing-eyebrow");
        H1 title = new H1(getTranslation("landing.hero.title"));
        Paragraph text = new Paragraph(getTranslation("landing.tagline"));
        Button book =
                new Button(getTranslation("landing.book"), VaadinIcon.CALENDAR_O.create(), click -> navigate("signup"));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button patient = new Button(getTranslation("landing.already-patient"), click -> navigate("login"));
        patient.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(book, patient);
        actions.addClassName("landing-hero-actions");
        Div whatsapp = new Div(plainLink(
                clinic.whatsappUrl(), VaadinIcon.COMMENTS_O.create(), new Span(getTranslation("landing.whatsapp"))));
        whatsapp.addClassName("landing-whatsapp");
        Div copy = new Div(eyebrow, title, text, actions, whatsapp);
        copy.addClassName("landing-hero-copy");
        Section hero = new Section(copy, heroCard());
        hero.addClassName("landing-hero");
        return hero;
    }

    /** A picture of what the patient area gives, drawn with the page's own elements instead of a stock photo. */
    private Div heroCard() {
        Span label = new Span(getTranslation("landing.card.label"));
        label.addClassName("landing-card-label");
        Span when = new Span(getTranslation("landing.card.when"));
        when.addClassName("landing-card-when");
        Span who = new Span(getTranslation("landing.card.who"));
        Span status = new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("landing.card.status")));
        status.addClassName("landing-card-status");
        Div appointment = new Div(label, when, who, status);
        appointment.addClassName("landing-card");
        Div exam = new Div(VaadinIcon.FILE_PICTURE.create(), new Span(getTranslation("landing.card.exam")));
        exam.addClassNames("landing-card", "landing-card-small");
        Div plan = new Div(VaadinIcon.CLIPBOARD_CHECK.create(), new Span(getTranslation("landing.card.plan")));
        plan.addClassNames("landing-card", "landing-card-small", "landing-card-offset");
        Div art = new Div(appointment, exam, plan);
        art.addClassName("landing-hero-art");
        art.getElement().setAttribute("aria-hidden", "true");
        return art;
    }

    private Section highlights() {
        Section strip = new Section(
                highlight(VaadinIcon.CALENDAR_CLOCK, "landing.highlight.online"),
                highlight(VaadinIcon.RECORDS, "landing.highlight.history"),
                highlight(VaadinIcon.LOCK, "landing.highlight.privacy"));
        strip.addClassNames("landing-highlights", "reveal");
        return strip;
    }

    private Div highlight(VaadinIcon icon, String key) {
        Div text = new Div(new Span(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
        Div item = new Div(icon.create(), text);
        item.addClassName("landing-highlight");
        return item;
    }

    private Section callToAction() {
        Button book = new Button(getTranslation("landing.book"), click -> navigate("signup"));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Section band = new Section(
                new H2(getTranslation("landing.cta.title")), new Paragraph(getTranslation("landing.cta.text")), book);
        band.addClassNames("landing-cta", "reveal");
        return band;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            MenuConfiguration.getMenuEntries().stream()
                    .findFirst()
                    .map(MenuEntry::path)
                    .ifPresentOrElse(event::forwardTo, () -> event.forwardTo("profile"));
        }
    }

    @Override
    public String getPageTitle() {
        return clinic.name() + " · " + getTranslation("landing.page-title");
    }
}
