package app.sorriso.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the clinic keeps, by the media type detected from their bytes. Anything else (an executable, an
 * HTML page, an SVG with scripts) is refused whatever it is called. The database holds the same list.
 */
public enum FileType {
    JPEG("image/jpeg", true),
    PNG("image/png", true),
    WEBP("image/webp", true),
    PDF("application/pdf", false),
    /** X-rays from radiology clinics; kept and downloaded, but browsers cannot show them. */
    DICOM("application/dicom", false);

    private final String mediaType;
    private final boolean image;

    FileType(String mediaType, boolean image) {
        this.mediaType = mediaType;
        this.image = image;
    }

    public static Optional<FileType> of(String mediaType) {
        return Arrays.stream(values())
                .filter(type -> type.mediaType.equals(mediaType))
                .findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return image;
    }

    /** Whether a browser shows it by itself (an image, a PDF), so it can open in the page rather than download. */
    public boolean isViewable() {
        return this != DICOM;
    }
}
