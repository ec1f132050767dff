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

    public ClinicException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
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
