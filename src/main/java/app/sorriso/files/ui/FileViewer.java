package app.sorriso.files.ui;

import app.sorriso.files.FileType;
import app.sorriso.files.StoredFile;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One file on the whole screen: an image with zoom (it scrolls when larger than the screen), a PDF in the browser's
 * own viewer, and for anything a browser cannot show (DICOM) a note and the download.
 */
public class FileViewer extends Dialog {

    private static final double[] ZOOMS = {1, 1.5, 2, 3, 4};

    private final Div stage = new Div();
    private int zoom;

    public FileViewer(StoredFile file) {
        addClassName("file-viewer");
        setHeaderTitle(file.getOriginalFilename());
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("files.close"));
        getHeader().add(close);
        stage.addClassName("file-stage");
        add(stage);

        Anchor download = new Anchor(Links.of(file.downloadUrl()), getTranslation("files.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", "");
        download.addClassName("file-download");
        getFooter().add(download);

        if (file.getType().isImage()) {
            showImage(file);
        } else if (file.getType() == FileType.PDF) {
            showPdf(file);
        } else {
            stage.add(new Paragraph(getTranslation("files.not-viewable")));
        }
    }

    private void showImage(StoredFile file) {
        Image image = new Image(Links.of(file.url()), file.getOriginalFilename());
        image.addClassName("file-image");
        stage.add(image);
        stage.addClassName("zoomable");
        // a tap toggles between the whole image and a closer look
        image.addClickListener(click -> zoomTo(zoom == 0 ? 2 : 0));
        Button out = zoomButton(VaadinIcon.SEARCH_MINUS, "files.zoom-out", -1);
        Button in = zoomButton(VaadinIcon.SEARCH_PLUS, "files.zoom-in", 1);
        getFooter().addComponentAsFirst(new Div(out, in));
        zoomTo(0);
    }

    private Button zoomButton(VaadinIcon icon, String labelKey, int step) {
        Button button = new Button(icon.create(), click -> zoomTo(Math.clamp(zoom + step, 0, ZOOMS.length - 1)));
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
        button.setAriaLabel(getTranslation(labelKey));
        return button;
    }

    private void zoomTo(int level) {
        zoom = level;
        stage.getStyle().set("--zoom", String.valueOf(ZOOMS[level]));
        stage.getElement().getClassList().set("zoomed", level > 0);
    }

    private void showPdf(StoredFile file) {
        IFrame frame = new IFrame(Links.of(file.url()));
        frame.addClassName("file-pdf");
        frame.getElement().setAttribute("title", file.getOriginalFilename());
        // phones show only a PDF's first page inside a page: their own viewer shows all of it
        Anchor whole = new Anchor(Links.of(file.url()), getTranslation("files.open-new-tab"), AnchorTarget.BLANK);
        whole.setRouterIgnore(true);
        whole.addClassName("file-open-tab");
        getFooter().addComponentAsFirst(whole);
        stage.add(frame);
    }
}
