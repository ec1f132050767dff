package app.sorriso.portal.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** X-rays, photos and PDFs of one's own exams. */
@Route("me/exams")
@Menu(title = "me.exams.title", order = 3, icon = "vaadin:file-picture")
@RolesAllowed(Roles.PATIENT)
public class MyExamsView extends PlaceholderView {

    public MyExamsView() {
        super("me.exams", VaadinIcon.FILE_PICTURE);
    }
}
