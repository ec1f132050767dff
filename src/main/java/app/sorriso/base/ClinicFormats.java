package app.sorriso.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The clinic's ways of writing money and dates. They follow the clinic, not the reader's language: a Brazilian
 * clinic's receipts say R$ 1.234,56 and 03/12/2026 whether the screen is in Portuguese or English.
 */
public final class ClinicFormats {

    public static final Locale BRAZIL = Locale.forLanguageTag("pt-BR");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ClinicFormats() {}

    public static String money(BigDecimal amount) {
        // Java writes a non-breaking space after "R$"; a plain one copies, searches and prints predictably.
        return NumberFormat.getCurrencyInstance(BRAZIL).format(amount).replace('\u00a0', ' ');
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
