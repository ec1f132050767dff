package app.sorriso.patients;

import jakarta.persistence.criteria.Predicate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the desk types and ticks to find a patient. The text matches names ignoring accents and case (each word must
 * appear, in any order: "silva joao" finds "João da Silva"), or a CPF by its first digits, or a phone by any run of
 * digits. All of it runs in SQL against the trigram and prefix indexes, so it stays fast on a large clinic.
 *
 * @param text what was typed, possibly blank
 * @param active only active (true), only inactive (false), or both (null)
 * @param upcomingOnly only patients with a live appointment ahead
 */
public record PatientSearch(String text, Boolean active, boolean upcomingOnly) {

    public static PatientSearch all() {
        return new PatientSearch("", null, false);
    }

    Specification<Patient> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String digits = text == null ? "" : text.replaceAll("\\D", "");
            boolean numeric =
                    !digits.isEmpty() && text.replaceAll("[\\d\\s.()+/-]", "").isEmpty();
            if (numeric && digits.length() >= 3) {
                predicates.add(
                        cb.or(cb.like(root.get("cpf"), digits + "%"), cb.like(root.get("phone"), "%" + digits + "%")));
            } else {
                for (String word : words(text)) {
                    predicates.add(cb.like(root.get("searchName"), "%" + word + "%"));
                }
            }
            if (active != null) {
                predicates.add(cb.equal(root.get("active"), active));
            }
            if (upcomingOnly) {
                predicates.add(
                        cb.isTrue(cb.function("patient_has_upcoming_appointment", Boolean.class, root.get("id"))));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * Matches of a typed name are ordered by their searchable form, which sorts "Álvaro" with the A's and, having no
     * b-tree of its own, lets PostgreSQL sort the few trigram matches instead of walking every name in order until
     * enough of them match (slow for a common word late in the alphabet). Without typed words the name order stands.
     */
    Pageable ordered(Pageable pageable) {
        if (words(text).isEmpty() || pageable.getSort().getOrderFor("fullName") == null) {
            return pageable;
        }
        Sort sort = Sort.by(pageable.getSort().stream()
                .map(order -> "fullName".equals(order.getProperty()) ? order.withProperty("searchName") : order)
                .toList());
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    /** Lower-case words without accents, as the database writes {@code search_name}; LIKE wildcards dropped. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[%_\\\\]", " ");
        return List.of(plain.trim().split("\\s+")).stream()
                .filter(word -> !word.isBlank())
                .toList();
    }
}
