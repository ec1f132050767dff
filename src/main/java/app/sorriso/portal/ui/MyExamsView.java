package app.sorriso.portal.ui;

import app.sorriso.files.FileService;
import app.sorriso.files.ui.FileGallery;
import app.sorriso.files.ui.FileUploader;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** The patient's exams: X-rays, photos and PDFs they send from the phone or the computer, and those of the clinic. */
@Route("me/exams")
@Menu(title = "me.exams.title", order = 3, icon = "vaadin:file-picture")
@RolesAllowed(Roles.PATIENT)
public class MyExamsView extends PatientPage {

    public MyExamsView(PatientAccountService patients, FileService files, Clock clock) {
        super("me.exams.title");
        addClassName("exams-view");
        long patientId = patients.ownId();
        FileGallery gallery = new FileGallery(clock.getZone());
        gallery.setFiles(files.ofPatient(patientId));
        FileUploader uploader = new FileUploader(files, patientId, null, gallery::addFirst);
        Paragraph hint = new Paragraph(getTranslation("me.exams.hint", files.maxSizeBytes() / (1024 * 1024)));
        hint.addClassName("exams-hint");
        Div send = new Div(hint, uploader);
        send.addClassNames("card", "exams-send");
        add(heading(), send, gallery);
    }
}
