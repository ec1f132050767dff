package app.sorriso.patients;

import app.sorriso.Benchmarks;
import app.sorriso.security.SystemTask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the desk's patient search answers on a large clinic: seeds 100 000 patients into a fresh embedded
 * PostgreSQL, then times first pages (50 rows sorted by name, as the lazy grid asks for them while typing) through
 * {@link PatientService}, and the same with the total count the list shows above the grid once per search. Prints
 * figures; asserts nothing.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark -Dvaadin.skip test-compile exec:java}.
 */
public final class PatientSearchBenchmark {

    private static final int PATIENTS = 100_000;
    private static final int WARM_UP = 30;
    private static final int ROUNDS = 300;
    private static final String[] FIRST = {
        "João",
        "Maria",
        "José",
        "Ana",
        "Antônio",
        "Francisca",
        "Luís",
        "Márcia",
        "Paulo",
        "Conceição",
        "Sebastião",
        "Aparecida",
        "Raimundo",
        "Lúcia",
        "Mateus",
        "Beatriz",
        "Tiago",
        "Júlia"
    };
    private static final String[] LAST = {
        "Silva",
        "Santos",
        "Oliveira",
        "Souza",
        "Conceição",
        "Pereira",
        "Ferreira",
        "Araújo",
        "Gonçalves",
        "Brandão",
        "Magalhães",
        "Assunção",
        "Peçanha",
        "Nóbrega",
        "Ribeiro",
        "Lima"
    };
    private static final String[] NAME_QUERIES = {
        "joao",
        "maria silva",
        "conceicao",
        "magalhaes",
        "ana peçanha",
        "SEBASTIAO",
        "lucia nobrega",
        "brand",
        "tiago assuncao ribeiro",
        "xyzzy"
    };

    private PatientSearchBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = Benchmarks.startOnEmptyDatabase()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            PatientService patients = context.getBean(PatientService.class);

            long seeded = seed(jdbc);
            List<String> queries = queries(jdbc);
            SystemTask.run(() -> {
                for (int i = 0; i < WARM_UP; i++) {
                    search(patients, queries.get(i % queries.size()));
                }
                Benchmarks.report("names", time(patients, Arrays.asList(NAME_QUERIES), false));
                Benchmarks.report("CPF prefixes", time(patients, queries.subList(0, 10), false));
                Benchmarks.report("phone digits", time(patients, queries.subList(10, 20), false));
                Benchmarks.report("no text (first page)", time(patients, List.of(""), false));
                Benchmarks.report("names, with count", time(patients, Arrays.asList(NAME_QUERIES), true));
                Benchmarks.report("no text, with count", time(patients, List.of(""), true));
            });
            System.out.printf(Locale.ROOT, "%d patients in the database%n", seeded);
        }
    }

    private static long seed(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        jdbc.update("""
                insert into patient (full_name, cpf, birth_date, phone, active)
                select (array%s)[1 + (i * 7) %% %d] || ' ' || (array%s)[1 + (i * 13) %% %d] || ' '
                         || (array%s)[1 + (i * 31) %% %d],
                       lpad((i * 7919 %% 99999999999)::text, 11, '0'),
                       date '1940-01-01' + (i %% 25000)::int,
                       '11' || (900000000 + (i * 104729) %% 99999999)::text,
                       i %% 10 <> 0
                from generate_series(1::bigint, %d) as i""".formatted(
                sqlArray(FIRST), FIRST.length, sqlArray(LAST), LAST.length, sqlArray(LAST), LAST.length, PATIENTS));
        jdbc.execute("analyze patient");
        System.out.printf(
                Locale.ROOT, "seeded %d patients in %d ms%n", PATIENTS, (System.nanoTime() - started) / 1_000_000);
        return jdbc.queryForObject("select count(*) from patient", Long.class);
    }

    /** Ten CPF prefixes and ten phone fragments that exist in the seeded data. */
    private static List<String> queries(JdbcTemplate jdbc) {
        List<String> queries = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 10; i++) {
            queries.add(jdbc.queryForObject(
                    "select substr(cpf, 1, 6) from patient offset ? limit 1", String.class, random.nextInt(PATIENTS)));
        }
        for (int i = 0; i < 10; i++) {
            queries.add(jdbc.queryForObject(
                    "select substr(phone, 4, 6) from patient offset ? limit 1",
                    String.class,
                    random.nextInt(PATIENTS)));
        }
        return queries;
    }

    private static long[] time(PatientService patients, List<String> queries, boolean withCount) {
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            search(patients, queries.get(i % queries.size()));
            if (withCount) {
                patients.count(new PatientSearch(queries.get(i % queries.size()), true, false));
            }
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void search(PatientService patients, String text) {
        patients.search(new PatientSearch(text, true, false), PageRequest.of(0, 50, Sort.by("fullName")))
                .getContent()
                .size();
    }

    private static String sqlArray(String[] values) {
        return Arrays.stream(values)
                .map(value -> "'" + value + "'")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
