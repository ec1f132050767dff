package app.sorriso.files;

import java.util.Locale;
import java.util.Map;

/** The name a stored file is shown and downloaded under: the sender's, cleaned, ending as its real type does. */
final class FileNames {

    private static final Map<FileType, String> EXTENSIONS = Map.of(
            FileType.JPEG, ".jpg",
            FileType.PNG, ".png",
            FileType.WEBP, ".webp",
            FileType.PDF, ".pdf",
            FileType.DICOM, ".dcm");

    private FileNames() {}

    /**
     * Drops any folder part (old browsers send "C:\fakepath\..."), control characters and excess length, and adds
     * the real type's extension when the name claims another: a PNG sent as "exame.pdf" becomes "exame.pdf.png", so
     * the person's device opens it with the right program.
     */
    static String shown(String original, FileType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        String extension = EXTENSIONS.get(type);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean matches = lower.endsWith(extension) || (type == FileType.JPEG && lower.endsWith(".jpeg"));
        if (name.isEmpty()) {
            name = "file";
        }
        if (!matches) {
            name = name + extension;
        }
        int max = StoredFile.NAME_MAX;
        return name.length() <= max ? name : name.substring(0, max - extension.length()) + extension;
    }
}
