package app.sorriso.api;

import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The API's paging rules: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE} (larger asks get the
 * largest page, never an unbounded read), and {@code sort=property,asc|desc} over the properties a list allows.
 */
final class Paging {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private Paging() {}

    /**
     * @param sortable the API's sort names and the entity properties they stand for; the first is the default
     */
    static Pageable of(Integer page, Integer size, String sort, Map<String, String> sortable) {
        int number = page == null ? 0 : page;
        if (number < 0) {
            throw ApiRefusal.badParameter("page", "api.page.invalid");
        }
        int length = size == null ? DEFAULT_SIZE : size;
        if (length < 1) {
            throw ApiRefusal.badParameter("size", "api.size.invalid", MAX_SIZE);
        }
        return PageRequest.of(
                number, Math.min(length, MAX_SIZE), order(sort, sortable).and(Sort.by("id")));
    }

    private static Sort order(String sort, Map<String, String> sortable) {
        if (sort == null || sort.isBlank()) {
            return Sort.by(sortable.values().iterator().next());
        }
        String[] parts = sort.split(",");
        String property = sortable.get(parts[0].strip());
        Sort.Direction direction = parts.length > 1
                ? Sort.Direction.fromOptionalString(parts[1].strip()).orElse(null)
                : Sort.Direction.ASC;
        if (property == null || direction == null || parts.length > 2) {
            throw ApiRefusal.badParameter("sort", "api.sort.invalid", String.join(", ", sortable.keySet()));
        }
        return Sort.by(direction, property);
    }
}
