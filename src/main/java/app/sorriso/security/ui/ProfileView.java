package app.sorriso.security.ui;

import app.sorriso.base.ClinicException;
import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.Avatars;
import app.sorriso.base.ui.Toasts;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.UserAccount;
import app.sorriso.security.UserAccountService;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;

/** The logged-in person's own account: who they are to the system, what their role lets them do, their password. */
@Route("profile")
@PermitAll
public class ProfileView extends Div implements HasDynamicTitle {

    public ProfileView(CurrentUser currentUser, UserAccountService accounts, java.time.Clock clock) {
        addClassNames("view", "profile-view");
        UserAccount account =
                accounts.findById(currentUser.require().accountId()).orElseThrow();

        Avatar avatar = Avatars.of(account.getName());
        avatar.addClassName("profile-avatar");
        Div header = new Div(avatar, new H2(account.getName()), role(account));
        header.addClassName("profile-header");

        ZoneId zone = clock.getZone();
        Div details = new Div(
                field("profile.email", account.getEmail()),
                field("profile.role", getTranslation(account.getRole().messageKey())),
                field(
                        "profile.member-since",
                        ClinicFormats.DATE.format(account.getCreatedAt().atZone(zone))),
                field(
                        "profile.last-login",
                        account.getLastLoginAt() == null
                                ? "—"
                                : ClinicFormats.DATE_TIME.format(
                                        account.getLastLoginAt().atZone(zone))));
        details.addClassName("profile-details");

        Div card = new Div(header, details);
        card.addClassName("card");
        add(new H1(getTranslation("profile.title")), card, passwordSection(accounts));
    }

    private Div passwordSection(UserAccountService accounts) {
        PasswordChangeForm form = new PasswordChangeForm(true, "password.change.save");
        form.addSubmitListener(submit -> {
            try {
                accounts.changeOwnPassword(
                        submit.change().getCurrentPassword(), submit.change().getNewPassword());
                form.clear();
                Toasts.success(getTranslation("password.changed"));
            } catch (ClinicException refusal) {
                form.showRefusal(refusal);
            }
        });
        Div section = new Div(new H2(getTranslation("password.change.title")), form);
        section.addClassNames("card", "profile-password");
        return section;
    }

    private Span role(UserAccount account) {
        Span badge = new Span(getTranslation(account.getRole().messageKey()));
        badge.addClassName("pill");
        return badge;
    }

    private Div field(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span text = new Span(value);
        text.addClassName("field-value");
        Div field = new Div(label, text);
        field.addClassName("field");
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
