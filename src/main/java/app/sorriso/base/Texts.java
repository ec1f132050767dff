package app.sorriso.base;

/** Small rules for text typed into forms. */
public final class Texts {

    private Texts() {}

    /** An empty or blank field means "not given": stored as null, so format checks and "is it set" agree. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
