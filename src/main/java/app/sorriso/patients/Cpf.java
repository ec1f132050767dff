package app.sorriso.patients;

import java.util.random.RandomGenerator;

/**
 * The Brazilian taxpayer number that identifies a patient: eleven digits, the last two being mod-11 check digits.
 * Numbers with all digits equal pass the arithmetic but are never issued, so they are refused too.
 */
public final class Cpf {

    private Cpf() {}

    /** Keeps only the digits, so "123.456.789-09" and "12345678909" are the same CPF. */
    public static String digits(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }

    public static boolean isValid(String text) {
        String cpf = digits(text);
        if (cpf.length() != 11 || cpf.chars().distinct().count() == 1) {
            return false;
        }
        return checkDigit(cpf, 9) == cpf.charAt(9) - '0' && checkDigit(cpf, 10) == cpf.charAt(10) - '0';
    }

    /** Writes a CPF the way Brazilians read it: 123.456.789-09. */
    public static String format(String text) {
        String cpf = digits(text);
        if (cpf.length() != 11) {
            return text;
        }
        return cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9);
    }

    /** A valid, random CPF, for fictional demo and test records. */
    public static String random(RandomGenerator random) {
        StringBuilder cpf = new StringBuilder();
        do {
            cpf.setLength(0);
            for (int i = 0; i < 9; i++) {
                cpf.append(random.nextInt(10));
            }
        } while (cpf.chars().distinct().count() == 1);
        cpf.append(checkDigit(cpf, 9));
        cpf.append(checkDigit(cpf, 10));
        return cpf.toString();
    }

    private static int checkDigit(CharSequence cpf, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (cpf.charAt(i) - '0') * (length + 1 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
