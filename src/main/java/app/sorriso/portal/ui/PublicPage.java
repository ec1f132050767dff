package app.sorriso.portal.ui;

import app.sorriso.base.ClinicProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import java.time.Year;

/**
 * The frame of the public pages (home, privacy notice, sign-up): the clinic's name, a way in for patients, the
 * content, and a footer with the contacts and the legal lines a Brazilian clinic's site carries.
 */
abstract class PublicPage extends Div implements HasDynamicTitle {

    protected final ClinicProperties clinic;
    protected final Main content = new Main();

    PublicPage(ClinicProperties clinic) {
        this.clinic = clinic;
        addClassName("public-page");
        content.addClassName("public-content");
        add(header(), content, footer());
    }

    private Header header() {
        Icon logo = VaadinIcon.SMILEY_O.create();
        logo.addClassName("public-logo");
        RouterLink brand = new RouterLink("", LandingView.class);
        brand.add(logo, new Span(clinic.name()));
        brand.addClassName("public-brand");
        Div actions = new Div(navigation(), signInButton(), signUpButton());
        actions.addClassName("public-actions");
        Header header = new Header(brand, actions);
        header.addClassName("public-header");
        return header;
    }

    /** Links within the page, for the pages that have sections; none by default. */
    protected Component navigation() {
        return new Span();
    }

    private Button signInButton() {
        Button signIn = new Button(getTranslation("landing.login"), click -> navigate("login"));
        signIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signIn.addClassName("public-sign-in");
        return signIn;
    }

    private Button signUpButton() {
        Button signUp = new Button(getTranslation("landing.sign-up"), click -> navigate("signup"));
        signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signUp.addClassName("public-sign-up");
        return signUp;
    }

    protected void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    private Footer footer() {
        Paragraph name = new Paragraph(clinic.name());
        name.addClassName("public-footer-name");
        Div contacts = new Div(
                new Anchor(clinic.phoneUrl(), clinic.phone()),
                new Anchor("mailto:" + clinic.email(), clinic.email()),
                new Span(clinic.address()));
        contacts.addClassName("public-footer-contacts");
        RouterLink privacy = new RouterLink(getTranslation("privacy.title"), PrivacyNoticeView.class);
        Div legal = new Div(privacy);
        if (!clinic.technicalDirector().isBlank()) {
            legal.add(new Span(getTranslation("landing.technical-director", clinic.technicalDirector())));
        }
        legal.add(new Span(getTranslation(
                "landing.copyright", String.valueOf(Year.now(clinic.zoneId()).getValue()), clinic.name())));
        legal.addClassName("public-footer-legal");
        Footer footer = new Footer(name, contacts, legal);
        footer.addClassName("public-footer");
        return footer;
    }

    /** A link that leaves the router alone: a phone number, an e-mail, a section of this page. */
    static Anchor plainLink(String href, Component... content) {
        Anchor anchor = new Anchor(href, content);
        anchor.setRouterIgnore(true);
        return anchor;
    }
}
