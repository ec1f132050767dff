package app.sorriso.professionals;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the professionals list asks for: a name (ignoring accents and case) or the start of a CRO number, and
 * optionally one specialty and one status. Empty parts match everything.
 *
 * @param text what was typed in the search field, or {@code null}
 * @param specialty only this specialty, or {@code null} for all
 * @param active only active ({@code true}) or inactive ({@code false}) professionals, or {@code null} for both
 */
public record ProfessionalSearch(String text, Specialty specialty, Boolean active) {

    public static ProfessionalSearch everyone() {
        return new ProfessionalSearch(null, null, null);
    }

    /** Matching in SQL through {@code clinic_search_text}, the same expression the trigram index is built on. */
    Specification<Professional> toSpecification() {
        return (root, query, builder) -> {
            List<Predicate> conditions = new ArrayList<>();
            String typed = text == null ? "" : text.strip().replaceAll("[%_\\\\]", "");
            if (!typed.isEmpty()) {
                Expression<String> name = builder.function("clinic_search_text", String.class, root.get("name"));
                Expression<String> wanted =
                        builder.function("clinic_search_text", String.class, builder.literal("%" + typed + "%"));
                Predicate byName = builder.like(name, wanted);
                String digits = typed.replaceAll("\\D", "");
                conditions.add(
                        digits.isEmpty()
                                ? byName
                                : builder.or(byName, builder.like(root.get("croNumber"), digits + "%")));
            }
            if (specialty != null) {
                conditions.add(builder.equal(root.get("specialty"), specialty));
            }
            if (active != null) {
                conditions.add(builder.equal(root.get("active"), active));
            }
            return builder.and(conditions.toArray(Predicate[]::new));
        };
    }
}
