package app.sorriso.professionals.ui;

/** The list's status filter; each choice is shown through {@code professionals.status.<NAME>}. */
enum StatusFilter {
    ALL(null),
    ACTIVE(true),
    INACTIVE(false);

    private final Boolean active;

    StatusFilter(Boolean active) {
        this.active = active;
    }

    Boolean active() {
        return active;
    }

    String messageKey() {
        return "professionals.status." + name();
    }
}
