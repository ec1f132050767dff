package app.sorriso.base;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Brazilian phone numbers, checked with Google's libphonenumber: stored as national digits (area code and number,
 * "11987654321"), so searches can match what the desk types however it is punctuated, and shown as "(11) 98765-4321".
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String BRAZIL = "BR";

    private Phones() {}

    /** The national digits of a valid Brazilian number (mobile or landline), or empty if it is not one. */
    public static Optional<String> normalize(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(text, BRAZIL);
            if (!UTIL.isValidNumberForRegion(number, BRAZIL)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.getNationalSignificantNumber(number));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String text) {
        return normalize(text).isPresent();
    }

    /** "(11) 98765-4321" for stored digits; anything unparseable is shown as it is. */
    public static String format(String digits) {
        if (digits == null || digits.isBlank()) {
            return "";
        }
        try {
            return UTIL.format(UTIL.parse(digits, BRAZIL), PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            return digits;
        }
    }

    /** The WhatsApp address of a stored number ("5511987654321"), as wa.me links expect it. */
    public static String international(String digits) {
        return "55" + digits;
    }
}
