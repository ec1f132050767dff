package app.sorriso.portal.ui;

import app.sorriso.audit.AuditEvent;
import app.sorriso.audit.AuditService;
import app.sorriso.base.ClinicFormats;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.portal.PatientDataExport;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Roles;
import app.sorriso.security.UserAccountService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * LGPD in the patient's hands: a copy of everything the clinic holds about them, and who opened or changed their
 * record, and when.
 */
@Route("me/data")
@Menu(title = "me.data.title", order = 4, icon = "vaadin:shield")
@RolesAllowed(Roles.PATIENT)
public class MyDataView extends PatientPage {

    private static final int TRAIL_SHOWN = 100;

    private final UserAccountService accounts;
    private final long ownAccountId;
    private final Map<Long, String> names = new HashMap<>();

    public MyDataView(
            PatientAccountService patients,
            PatientDataExport export,
            AuditService audit,
            UserAccountService accounts,
            CurrentUser currentUser,
            java.time.Clock clock) {
        super("me.data.title");
        this.accounts = accounts;
        this.ownAccountId = currentUser.require().accountId();
        addClassName("my-data-view");
        Patient patient = patients.own();
        ZoneId zone = clock.getZone();
        // the patient's own actions are theirs to know already: the list shows what others did
        List<AuditEvent> byOthers = audit.ownTrail(TRAIL_SHOWN).stream()
                .filter(event -> event.getActorId() == null || event.getActorId() != ownAccountId)
                .toList();
        add(heading(), download(export, patient, zone), trail(byOthers, zone));
    }

    private Div download(PatientDataExport export, Patient patient, ZoneId zone) {
        Locale locale = getLocale();
        // runs on the download's own request, outside the screen: it takes the language along
        DownloadHandler handler = event -> {
            event.setFileName(export.fileName());
            event.setContentType("application/zip");
            export.write(locale, event.getOutputStream());
        };
        Anchor zip = new Anchor(handler, "");
        zip.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("me.data.download")));
        zip.addClassName("data-download");
        Paragraph consent = new Paragraph(
                patient.getConsentAt() == null
                        ? getTranslation("patient.consent.none")
                        : getTranslation(
                                "me.data.consent",
                                ClinicFormats.DATE_TIME.format(
                                        patient.getConsentAt().atZone(zone)),
                                patient.getConsentVersion()));
        consent.addClassName("card-note");
        RouterLink notice = new RouterLink(getTranslation("privacy.title"), PrivacyNoticeView.class);
        Div card = new Div(
                new H2(getTranslation("me.data.copy")),
                new Paragraph(getTranslation("me.data.copy-text")),
                zip,
                consent,
                notice);
        card.addClassNames("card", "data-card");
        return card;
    }

    private Div trail(List<AuditEvent> events, ZoneId zone) {
        Div card =
                new Div(new H2(getTranslation("me.data.trail")), new Paragraph(getTranslation("me.data.trail-text")));
        card.addClassNames("card", "data-card");
        if (events.isEmpty()) {
            card.add(new Paragraph(getTranslation("me.data.trail-none")));
        }
        for (AuditEvent event : events) {
            card.add(HistoryLists.row(
                    getTranslation(event.getAction().messageKey()),
                    ClinicFormats.DATE_TIME.format(event.getOccurredAt().atZone(zone)) + " · " + who(event),
                    new Span()));
        }
        return card;
    }

    private String who(AuditEvent event) {
        if (event.getActorId() == null) {
            return getTranslation(event.getActorEmail() == null ? "audit.system" : "me.data.former-staff");
        }
        return names.computeIfAbsent(
                event.getActorId(),
                id -> accounts.findById(id)
                        .map(account -> account.getName() + " · "
                                + getTranslation(account.getRole().messageKey()))
                        .orElseGet(() -> getTranslation("me.data.former-staff")));
    }
}
