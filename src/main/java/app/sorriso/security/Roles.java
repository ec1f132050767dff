package app.sorriso.security;

/**
 * The role names as compile-time constants, because annotations such as {@code @RolesAllowed} cannot take an enum.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String DENTIST = "DENTIST";
    public static final String RECEPTION = "RECEPTION";
    public static final String PATIENT = "PATIENT";

    private Roles() {}
}
