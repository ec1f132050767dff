package app.sorriso.treatments;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the plans list filters by.
 *
 * @param text words of the patient's name or of the plan's name, in that order, accents and case ignored
 * @param statuses the statuses to show; empty shows all
 * @param professionalId only this professional's plans, or null for everyone's
 * @param patientId only this patient's plans, or null for everyone's
 */
public record PlanSearch(String text, Set<PlanStatus> statuses, Long professionalId, Long patientId) {

    public PlanSearch {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(PlanStatus.class) : EnumSet.copyOf(statuses);
    }

    /** A LIKE pattern of the typed words as the database folds names (lower case, no accents), or null for none. */
    String pattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[%_\\\\]", " ")
                .strip();
        if (folded.isEmpty()) {
            return null;
        }
        return Arrays.stream(folded.split("\\s+")).collect(Collectors.joining("%", "%", "%"));
    }
}
