package app.sorriso.base;

import java.util.Arrays;

/**
 * An expected refusal (a conflicting appointment, a duplicate CPF, someone else's edit) that the user should read.
 * It carries a translation key and its arguments rather than a sentence, so the UI and the API can say it in the
 * user's language.
 */
public class ClinicException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public ClinicException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private ClinicException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /**
     * A refusal about one field of a form (a CPF already registered, say), so the form can show it next to that
     * field instead of in a toast.
     *
     * @param field the property name as the form binds it
     */
    public static ClinicException onField(String field, String messageKey, Object... arguments) {
        return new ClinicException(field, messageKey, arguments);
    }

    /** The property the refusal is about, if it is about one. */
    public java.util.Optional<String> getField() {
        return java.util.Optional.ofNullable(field);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + " " + Arrays.toString(arguments) + "]";
    }
}
