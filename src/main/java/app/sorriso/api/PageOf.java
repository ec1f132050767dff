package app.sorriso.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Slice;

/**
 * One page of a list. {@code hasNext} says whether asking for {@code page + 1} gives more; no total is counted, which
 * keeps a search of a large clinic fast.
 */
record PageOf<T>(List<T> content, int page, int size, boolean hasNext) {

    static <S, T> PageOf<T> of(Slice<S> slice, Function<S, T> view) {
        return new PageOf<>(slice.map(view).getContent(), slice.getNumber(), slice.getSize(), slice.hasNext());
    }
}
