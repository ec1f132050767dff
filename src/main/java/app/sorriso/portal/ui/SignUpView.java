package app.sorriso.portal.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ClinicProperties;
import app.sorriso.base.ui.FieldRefusals;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Sign-up for patients: a few fields, a clear message next to each one that needs fixing, and on success the way to
 * log in. Someone already registered at the desk finds their own record waiting, with their history.
 */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends PublicPage implements BeforeEnterObserver {

    private final AuthenticationContext authentication;
    private final PatientAccountService signUps;
    private final SignUpForm form = new SignUpForm();
    private final Div card = new Div();

    public SignUpView(AuthenticationContext authentication, ClinicProperties clinic, PatientAccountService signUps) {
        super(clinic);
        this.authentication = authentication;
        this.signUps = signUps;
        addClassName("sign-up-view");

        Button create = new Button(getTranslation("signup.submit"), click -> submit());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.addClickShortcut(Key.ENTER).listenOn(form.typedFields());
        create.addClassName("sign-up-submit");
        Anchor login = new Anchor("login", getTranslation("signup.have-account"));
        login.addClassName("sign-up-login");
        card.addClassNames("card", "sign-up-card");
        card.add(
                new H1(getTranslation("signup.title")),
                new Paragraph(getTranslation("signup.text")),
                form,
                create,
                login);
        content.add(new Div(benefits(), card));
        content.getChildren().findFirst().ifPresent(layout -> layout.addClassName("sign-up-layout"));
    }

    private Div benefits() {
        Div list = new Div(
                benefit(VaadinIcon.CALENDAR_CLOCK, "signup.benefit.book"),
                benefit(VaadinIcon.RECORDS, "signup.benefit.history"),
                benefit(VaadinIcon.FILE_PICTURE, "signup.benefit.exams"),
                benefit(VaadinIcon.LOCK, "signup.benefit.privacy"));
        list.addClassName("sign-up-benefits");
        Div aside = new Div(new H2(getTranslation("signup.benefits.title")), list);
        aside.addClassName("sign-up-aside");
        return aside;
    }

    private Div benefit(VaadinIcon icon, String key) {
        Div item = new Div(icon.create(), new Span(getTranslation(key)));
        item.addClassName("sign-up-benefit");
        return item;
    }

    private void submit() {
        if (!form.isValid()) {
            return;
        }
        try {
            Patient patient = signUps.signUp(form.value());
            welcome(patient);
        } catch (ClinicException refusal) {
            FieldRefusals.show(this, form.binder(), refusal);
        }
    }

    private void welcome(Patient patient) {
        Icon done = VaadinIcon.CHECK_CIRCLE.create();
        done.addClassName("sign-up-done-icon");
        Button login = new Button(getTranslation("signup.done.login"), click -> navigate("login"));
        login.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        card.removeAll();
        card.addClassName("sign-up-done");
        card.add(
                done,
                new H1(getTranslation("signup.done.title", patient.getFullName().split(" ")[0])),
                new Paragraph(getTranslation("signup.done.text", patient.getEmail())),
                login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(LandingView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · " + clinic.name();
    }
}
