package app.sorriso.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.audit.AuditAction;
import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentState;
import app.sorriso.professionals.Specialty;
import app.sorriso.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything, every key the code asks for exists, and views carry no text of their own. */
class TranslationBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_IN_CODE =
            Pattern.compile("getTranslation\\(\\s*\"([a-z0-9.-]+)\"\\s*[,)]|@Menu\\(title\\s*=\\s*\"([a-z0-9.-]+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Reads like words for people: two words in a row, or a letter with an accent. */
    private static final Pattern HUMAN_TEXT = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}|[À-ÿ]");

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(ClinicI18NProvider.bundle(locale).keySet());
    }

    @Test
    void portuguese_and_english_bundles_have_the_same_keys() {
        Set<String> portuguese = keys(ClinicI18NProvider.PORTUGUESE);
        Set<String> english = keys(Locale.ENGLISH);

        assertThat(portuguese).isNotEmpty();
        assertThat(english).containsExactlyElementsOf(portuguese);
    }

    @Test
    void no_translation_is_blank() {
        for (Locale locale : List.of(ClinicI18NProvider.PORTUGUESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ClinicI18NProvider.bundle(locale);
            assertThat(bundle.keySet())
                    .allSatisfy(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> known = keys(ClinicI18NProvider.PORTUGUESE);
        Set<String> asked = new TreeSet<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher matcher = KEY_IN_CODE.matcher(source);
            while (matcher.find()) {
                asked.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
        }

        Arrays.stream(Role.values()).map(Role::messageKey).forEach(asked::add);
        Arrays.stream(Specialty.values()).map(Specialty::messageKey).forEach(asked::add);
        Arrays.stream(PaymentState.values()).map(PaymentState::messageKey).forEach(asked::add);
        Arrays.stream(PaymentMethod.values()).map(PaymentMethod::messageKey).forEach(asked::add);
        Arrays.stream(AuditAction.values()).map(AuditAction::messageKey).forEach(asked::add);

        assertThat(asked).hasSizeGreaterThan(20);
        assertThat(known).containsAll(asked);
    }

    @Test
    void views_contain_no_hard_coded_text_for_people() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.startsWith("*") || line.startsWith("/") || line.startsWith("@") || line.startsWith("log.")) {
                    continue;
                }
                Matcher literal = STRING_LITERAL.matcher(line);
                while (literal.find()) {
                    if (HUMAN_TEXT.matcher(literal.group(1)).find()) {
                        offenders.add(file.getFileName() + ":" + (i + 1) + " " + line);
                    }
                }
            }
        }

        assertThat(offenders).isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
