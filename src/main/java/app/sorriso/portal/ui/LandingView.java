package app.sorriso.portal.ui;

import app.sorriso.base.ClinicProperties;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The clinic's front door at "/". Visitors see the clinic and a way in; a logged-in person is sent straight to the
 * first screen their role opens (the dashboard for the owner, the day's list for the desk and the dentists, the
 * patient's own home), so that one address works for everybody.
 */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
public class LandingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;

    public LandingView(AuthenticationContext authentication, ClinicProperties clinic) {
        this.authentication = authentication;
        addClassName("landing-view");

        Icon logo = VaadinIcon.SMILEY_O.create();
        logo.addClassName("landing-logo");
        Button login = new Button(
                getTranslation("landing.login"),
                VaadinIcon.SIGN_IN.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("login")));
        login.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Anchor call = new Anchor(
                "tel:" + clinic.phone().replaceAll("[^0-9+]", ""), getTranslation("landing.call", clinic.phone()));
        call.addClassName("landing-call");

        Div hero = new Div(logo, new H1(clinic.name()), new Paragraph(getTranslation("landing.tagline")), login, call);
        hero.addClassName("landing-hero");
        Paragraph address = new Paragraph(clinic.address());
        address.addClassName("landing-address");
        add(hero, address);
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
        return getTranslation("app.name");
    }
}
