package app.sorriso.treatments;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The faces of a tooth a restoration can cover, by the letters dentists write on a chart: mesial, occlusal, distal,
 * vestibular (buccal), lingual, incisal and palatal. A step's surfaces are kept as these letters in this order
 * ("MOD"), which is what the database's check on {@code treatment_step.surfaces} accepts.
 */
public enum Surface {
    M,
    O,
    D,
    V,
    L,
    I,
    P;

    public String messageKey() {
        return "tooth.surface." + name();
    }

    /** The letters of the given surfaces in chart order, or null for none. */
    public static String join(Set<Surface> surfaces) {
        if (surfaces == null || surfaces.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(surfaces).stream().map(Surface::name).collect(Collectors.joining());
    }

    /** The surfaces named by letters such as "MOD"; unknown letters are an error, blank is none. */
    public static Set<Surface> parse(String letters) {
        EnumSet<Surface> surfaces = EnumSet.noneOf(Surface.class);
        if (letters != null) {
            letters.toUpperCase(Locale.ROOT)
                    .chars()
                    .filter(letter -> !Character.isWhitespace(letter))
                    .forEach(letter -> surfaces.add(valueOf(String.valueOf((char) letter))));
        }
        return surfaces;
    }
}
