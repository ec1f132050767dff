package app.sorriso.security;

/** What a user account is allowed to do. The names are stored in {@code user_account.role}. */
public enum Role {
    ADMIN,
    DENTIST,
    RECEPTION,
    PATIENT;

    /** The authority Spring Security checks, as produced for {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The bundle key of the role's name as people read it. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isStaff() {
        return this != PATIENT;
    }
}
