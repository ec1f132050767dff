package app.sorriso.files.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.EmptyState;
import app.sorriso.files.FileType;
import app.sorriso.files.StoredFile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.List;

/**
 * A patient's files as a gallery of previews (images at a glance) or as a list (names, dates, sizes); either opens a
 * file in the {@link FileViewer}.
 */
public class FileGallery extends Div {

    private final ZoneId zone;
    private final Div tiles = new Div();
    private final EmptyState empty = new EmptyState(VaadinIcon.FILE_PICTURE);
    private final Button galleryMode = new Button(VaadinIcon.GRID_SMALL.create());
    private final Button listMode = new Button(VaadinIcon.LIST.create());
    private List<StoredFile> files = List.of();

    public FileGallery(ZoneId zone) {
        this.zone = zone;
        addClassName("file-gallery");
        galleryMode.setAriaLabel(getTranslation("files.view.gallery"));
        listMode.setAriaLabel(getTranslation("files.view.list"));
        galleryMode.addClickListener(click -> showAsList(false));
        listMode.addClickListener(click -> showAsList(true));
        Div modes = new Div(galleryMode, listMode);
        modes.addClassName("file-gallery-modes");
        tiles.addClassName("file-tiles");
        empty.show(getTranslation("files.empty.title"), getTranslation("files.empty.hint"));
        add(modes, tiles, empty);
        showAsList(false);
    }

    public void setFiles(List<StoredFile> files) {
        this.files = List.copyOf(files);
        tiles.removeAll();
        this.files.forEach(file -> tiles.add(tile(file)));
        empty.setVisible(files.isEmpty());
        tiles.setVisible(!files.isEmpty());
    }

    /** Adds a file just stored, first, as the list is newest first. */
    public void addFirst(StoredFile file) {
        List<StoredFile> updated = new java.util.ArrayList<>(files);
        updated.addFirst(file);
        setFiles(updated);
    }

    private void showAsList(boolean list) {
        tiles.getElement().getClassList().set("as-list", list);
        galleryMode.getElement().getThemeList().set(ButtonVariant.LUMO_PRIMARY.getVariantName(), !list);
        listMode.getElement().getThemeList().set(ButtonVariant.LUMO_PRIMARY.getVariantName(), list);
        for (Button button : new Button[] {galleryMode, listMode}) {
            button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        }
    }

    private Component tile(StoredFile file) {
        Span name = new Span(file.getOriginalFilename());
        name.addClassName("file-name");
        Span details = new Span(
                ClinicFormats.DATE.format(file.getUploadedAt().atZone(zone)) + " · " + size(file.getSizeBytes()));
        details.addClassName("file-details");
        Div caption = new Div(name, details);
        caption.addClassName("file-caption");
        Div tile = new Div(preview(file), caption);
        tile.addClassName("file-tile");
        tile.getElement().setAttribute("role", "button");
        tile.getElement().setAttribute("tabindex", "0");
        tile.getElement().setAttribute("aria-label", getTranslation("files.open", file.getOriginalFilename()));
        tile.addClickListener(click -> new FileViewer(file).open());
        tile.getElement()
                .addEventListener("keydown", key -> new FileViewer(file).open())
                .setFilter("event.key === 'Enter' || event.key === ' '");
        return tile;
    }

    private Component preview(StoredFile file) {
        if (file.hasThumbnail()) {
            Image image = new Image(Links.of(file.thumbnailUrl()), "");
            image.addClassName("file-thumbnail");
            image.getElement().setAttribute("loading", "lazy");
            return image;
        }
        Icon icon = (file.getType() == FileType.PDF ? VaadinIcon.FILE_TEXT_O : VaadinIcon.FILE_PICTURE).create();
        Span kind = new Span(file.getType().name());
        Div placeholder = new Div(icon, kind);
        placeholder.addClassNames("file-thumbnail", "file-icon");
        return placeholder;
    }

    /** "820 kB", "1,4 MB": sizes as a Brazilian reads them. */
    static String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(ClinicFormats.BRAZIL);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return number.format(Math.max(1, bytes / 1024)) + " kB";
        }
        return number.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
