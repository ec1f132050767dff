package app.sorriso.demo;

/** The demo's logins, printed in the README and in the start-up log. All share one password. */
final class DemoAccounts {

    static final String PASSWORD = "sorriso123";
    static final String ADMIN = "admin@sorriso.demo";
    static final String RECEPTION = "recepcao@sorriso.demo";
    static final String RECEPTION_2 = "recepcao2@sorriso.demo";
    static final String DENTIST = "dentista@sorriso.demo";
    static final String PATIENT = "paciente@sorriso.demo";

    private DemoAccounts() {}

    static String dentist(int number) {
        return number == 1 ? DENTIST : "dentista" + number + "@sorriso.demo";
    }
}
