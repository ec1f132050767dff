package app.sorriso.treatments.ui;

import app.sorriso.treatments.Surface;
import app.sorriso.treatments.Tooth;
import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.stream.Collectors;

/** A tooth and its surfaces as people read them: "16 · Primeiro molar superior direito", "MOD (Mesial, ...)". */
final class ToothNames {

    private ToothNames() {}

    static String of(Component owner, Tooth tooth) {
        return owner.getTranslation(
                "tooth.name",
                owner.getTranslation(tooth.kindKey()),
                owner.getTranslation(tooth.archKey()),
                owner.getTranslation(tooth.sideKey()));
    }

    /** The number and name, for pickers and lists. */
    static String labelled(Component owner, Tooth tooth) {
        return tooth.number() + " · " + of(owner, tooth);
    }

    /** Where a step is: "16 · MOD", "16", or nothing for a step on no single tooth. */
    static String place(Integer tooth, Set<Surface> surfaces) {
        if (tooth == null) {
            return "";
        }
        String letters = Surface.join(surfaces);
        return letters == null ? String.valueOf(tooth) : tooth + " · " + letters;
    }

    /** The surfaces' full names: "Mesial, Oclusal, Distal". */
    static String surfaces(Component owner, Set<Surface> surfaces) {
        return surfaces.stream()
                .map(surface -> owner.getTranslation(surface.messageKey()))
                .collect(Collectors.joining(", "));
    }
}
