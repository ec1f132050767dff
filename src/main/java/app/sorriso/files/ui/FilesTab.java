package app.sorriso.files.ui;

import app.sorriso.files.FileService;
import app.sorriso.patients.PatientTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;

/** The patient page's files: what the patient sent and what the clinic keeps, with an uploader for the staff. */
@SpringComponent
class FilesTab implements PatientTab {

    private final FileService files;
    private final Clock clock;

    FilesTab(FileService files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "patient.tab.files";
    }

    @Override
    public Component content(long patientId) {
        FileGallery gallery = new FileGallery(clock.getZone());
        gallery.setFiles(files.ofPatient(patientId));
        FileUploader uploader = new FileUploader(files, patientId, null, gallery::addFirst);
        Paragraph hint = new Paragraph(gallery.getTranslation("files.staff.hint"));
        hint.addClassName("files-hint");
        Div tab = new Div(hint, uploader, gallery);
        tab.addClassName("files-tab");
        return tab;
    }
}
