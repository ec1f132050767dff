package app.sorriso.journeys;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Someone who is not yet a patient: a unique e-mail and a CPF with valid check digits, fresh on every run, so a
 * journey can sign up against a database that already holds earlier sign-ups.
 */
record NewPatient(String fullName, String email, String cpf, String phone, String password) {

    static NewPatient create(String firstName) {
        String unique = Long.toString(System.nanoTime(), 36);
        return new NewPatient(
                firstName + " Journey " + unique.substring(unique.length() - 4).toUpperCase(java.util.Locale.ROOT),
                firstName.toLowerCase(java.util.Locale.ROOT) + "." + unique + "@example.com",
                newCpf(),
                "(11) 98765-4321",
                "Sorriso-" + unique);
    }

    String firstName() {
        return fullName.split(" ")[0];
    }

    /** Nine random digits (never all the same) and the two mod-11 check digits, as 000.000.000-00. */
    static String newCpf() {
        int[] digits = new int[11];
        do {
            for (int i = 0; i < 9; i++) {
                digits[i] = ThreadLocalRandom.current().nextInt(10);
            }
        } while (java.util.Arrays.stream(digits, 0, 9).distinct().count() == 1);
        digits[9] = checkDigit(digits, 9);
        digits[10] = checkDigit(digits, 10);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            text.append(digits[i]);
            if (i == 2 || i == 5) {
                text.append('.');
            } else if (i == 8) {
                text.append('-');
            }
        }
        return text.toString();
    }

    private static int checkDigit(int[] digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += digits[i] * (length + 1 - i);
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}
