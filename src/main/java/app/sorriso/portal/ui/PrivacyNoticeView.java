package app.sorriso.portal.ui;

import app.sorriso.base.ClinicProperties;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The privacy notice (LGPD): what the clinic collects, why, who sees it, how long it is kept, the person's rights and
 * whom to write to. Its version is the one each patient's consent records.
 */
@Route(value = "privacy", autoLayout = false)
@AnonymousAllowed
public class PrivacyNoticeView extends PublicPage {

    private static final String[] SECTIONS = {"collect", "purpose", "sharing", "retention", "security"};

    public PrivacyNoticeView(ClinicProperties clinic, @Value("${sorriso.privacy.notice-version}") String version) {
        super(clinic);
        addClassName("privacy-view");
        Article notice = new Article();
        notice.addClassName("privacy-notice");
        Span badge = new Span(getTranslation("privacy.version", version));
        badge.addClassName("pill");
        notice.add(
                new H1(getTranslation("privacy.title")),
                badge,
                new Paragraph(getTranslation("privacy.intro", clinic.name())));
        for (String section : SECTIONS) {
            notice.add(new H2(getTranslation("privacy." + section + ".title")));
            notice.add(new Paragraph(getTranslation("privacy." + section + ".text")));
        }
        notice.add(
                new H2(getTranslation("privacy.rights.title")), new Paragraph(getTranslation("privacy.rights.text")));
        UnorderedList rights = new UnorderedList();
        for (String right : getTranslation("privacy.rights.list").split("\\|")) {
            rights.add(new ListItem(right.strip()));
        }
        notice.add(rights, new H2(getTranslation("privacy.contact.title")));
        Paragraph contact = new Paragraph(getTranslation("privacy.contact.text", clinic.name()) + " ");
        contact.add(new Anchor("mailto:" + clinic.privacyEmail(), clinic.privacyEmail()));
        notice.add(contact);
        content.add(notice);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " · " + clinic.name();
    }
}
