package app.sorriso.security.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.Avatars;
import app.sorriso.base.ui.LabelledValue;
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
        OwnPasswordCard section = new OwnPasswordCard(accounts);
        section.addClassName("profile-password");
        return section;
    }

    private Span role(UserAccount account) {
        Span badge = new Span(getTranslation(account.getRole().messageKey()));
        badge.addClassName("pill");
        return badge;
    }

    private LabelledValue field(String labelKey, String value) {
        return new LabelledValue(getTranslation(labelKey), value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
