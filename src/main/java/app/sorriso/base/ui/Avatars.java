package app.sorriso.base.ui;

import com.vaadin.flow.component.avatar.Avatar;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A person's avatar with initials as people expect them: first and last name, without a "Dr." or "Dra.". */
public final class Avatars {

    private static final List<String> TITLES = List.of("dr", "dra", "sr", "sra", "prof", "profa");

    private Avatars() {}

    public static Avatar of(String name) {
        Avatar avatar = new Avatar(name);
        avatar.setAbbreviation(initials(name));
        return avatar;
    }

    static String initials(String name) {
        List<String> words = Arrays.stream(name.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .filter(word -> !TITLES.contains(word.replace(".", "").toLowerCase(Locale.ROOT)))
                .toList();
        if (words.isEmpty()) {
            return "";
        }
        String first = words.getFirst().substring(0, 1);
        String last = words.size() > 1 ? words.getLast().substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }
}
