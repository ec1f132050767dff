package app.sorriso.portal.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.LabelledValue;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.security.Roles;
import app.sorriso.security.UserAccountService;
import app.sorriso.security.ui.OwnPasswordCard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * The patient's own data: who they are to the clinic (changed only at the desk), their contacts (theirs to keep
 * current), and their login e-mail and password, each change confirmed with the current password.
 */
@Route("me/profile")
@Menu(title = "me.profile.title", order = 5, icon = "vaadin:user")
@RolesAllowed(Roles.PATIENT)
public class MyProfileView extends PatientPage {

    public MyProfileView(PatientAccountService patients, UserAccountService accounts) {
        super("me.profile.title");
        addClassName("my-profile-view");
        Patient patient = patients.own();
        add(
                heading(),
                identity(patient),
                new ContactsCard(patients, patient),
                new EmailCard(patients, patient.getEmail()),
                password(accounts),
                privacy());
    }

    private Div identity(Patient patient) {
        Div fields = new Div(
                field("patient.field.full-name", patient.getFullName()),
                field("patient.field.cpf", Cpf.format(patient.getCpf())),
                field("patient.field.birth-date", ClinicFormats.date(patient.getBirthDate())));
        fields.addClassName("profile-details");
        Paragraph note = new Paragraph(getTranslation("me.profile.identity-note"));
        note.addClassName("card-note");
        Div card = new Div(new H2(getTranslation("me.profile.identity")), fields, note);
        card.addClassNames("card", "profile-card");
        return card;
    }

    private Div password(UserAccountService accounts) {
        OwnPasswordCard card = new OwnPasswordCard(accounts);
        card.addClassName("profile-card");
        return card;
    }

    private Div privacy() {
        RouterLink data = new RouterLink(getTranslation("me.data.title"), MyDataView.class);
        Div card = new Div(
                new H2(getTranslation("me.profile.privacy")),
                new Paragraph(getTranslation("me.profile.privacy-text")),
                data);
        card.addClassNames("card", "profile-card");
        return card;
    }

    private LabelledValue field(String labelKey, String value) {
        return new LabelledValue(getTranslation(labelKey), value);
    }
}
