package app.sorriso.scheduling;

import app.sorriso.Benchmarks;
import app.sorriso.security.SystemTask;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the agenda answers on a busy, long-lived clinic: 20 professionals booked back to back, Monday to
 * Saturday, for five years (about 1.1 million appointments), then a week of agenda and a month of free slots, timed
 * through the services the screens use. Prints figures; asserts nothing.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark -Dbenchmark=app.sorriso.scheduling.AgendaBenchmark -Dvaadin.skip
 * test-compile exec:java}.
 */
public final class AgendaBenchmark {

    private static final int PROFESSIONALS = 20;
    private static final int PATIENTS = 20_000;
    private static final int ROUNDS = 100;
    private static final ZoneId CLINIC = ZoneId.of("America/Sao_Paulo");

    /**
     * Monday to Saturday, each professional has 15-minute appointments back to back; at any moment the twenty
     * professionals see twenty different patients, so neither exclusion constraint is touched.
     */
    private static final String APPOINTMENTS = """
            insert into appointment (patient_id, professional_id, starts_at, ends_at, status)
            select pa.first_id + ((d.n * %1$d + pr.n) %% %2$d),
                   pr.id,
                   (d.day + s.start_time) at time zone 'America/Sao_Paulo',
                   (d.day + s.start_time + interval '15 minutes') at time zone 'America/Sao_Paulo',
                   case when d.day < date '2026-12-01' then 'COMPLETED' else 'SCHEDULED' end
            from (select row_number() over (order by day) as n, day
                    from generate_series(?::date, ?::date, interval '1 day') as day
                   where extract(isodow from day) < 7) as d,
                 (select row_number() over (order by id) - 1 as n, id from professional) as pr,
                 (select start_time from (select time '08:00' + (i * interval '15 minutes') as start_time
                    from generate_series(0, 39) as i) slots
                   where start_time < time '12:00' or start_time >= time '13:00') as s,
                 (select min(id) as first_id from patient) as pa""";

    private AgendaBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = Benchmarks.startOnEmptyDatabase()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            AgendaService agenda = context.getBean(AgendaService.class);
            AvailabilityService availability = context.getBean(AvailabilityService.class);

            LocalDate firstDay = LocalDate.of(2024, 1, 1);
            long appointments = seed(jdbc, firstDay, firstDay.plusYears(5));
            long professional = jdbc.queryForObject("select min(id) from professional", Long.class);
            LocalDate monday = LocalDate.of(2026, 6, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate month = LocalDate.of(2026, 7, 1);
            Instant dayBefore = month.minusDays(1).atStartOfDay(CLINIC).toInstant();

            SystemTask.run(() -> {
                Benchmarks.report("week, all professionals", time(() -> agenda.days(monday, monday.plusDays(6), null)));
                Benchmarks.report(
                        "week, one professional", time(() -> agenda.days(monday, monday.plusDays(6), professional)));
                Benchmarks.report(
                        "month of free slots",
                        time(() -> availability.freeSlots(
                                professional, month, month.plusMonths(1).minusDays(1), dayBefore)));
            });
            System.out.printf(Locale.ROOT, "%d appointments in the database%n", appointments);
        }
    }

    /** Twenty professionals, 20 000 patients, and their appointments from {@code from} to {@code to}. */
    public static long seed(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        long started = System.nanoTime();
        jdbc.update("""
                insert into patient (full_name, cpf, birth_date)
                select 'Paciente ' || i, lpad(i::text, 11, '0'), date '1980-01-01' + (i %% 9000)
                from generate_series(1, %d) as i""".formatted(PATIENTS));
        jdbc.update("""
                insert into professional (name, cro_state, cro_number, specialty, color)
                select 'Profissional ' || i, 'SP', (50000 + i)::text, 'GENERAL_PRACTICE', '#0f766e'
                from generate_series(1, %d) as i""".formatted(PROFESSIONALS));
        jdbc.update("""
                insert into working_hours (professional_id, day_of_week, start_time, end_time)
                select p.id, d, t.s, t.e from professional p, generate_series(1, 6) as d,
                       (values (time '08:00', time '12:00'), (time '13:00', time '18:00')) as t(s, e)""");
        jdbc.update(
                APPOINTMENTS.formatted(PROFESSIONALS, PATIENTS),
                java.sql.Date.valueOf(from),
                java.sql.Date.valueOf(to));
        jdbc.execute("analyze");
        long count = jdbc.queryForObject("select count(*) from appointment", Long.class);
        System.out.printf(
                Locale.ROOT, "seeded %d appointments in %d s%n", count, (System.nanoTime() - started) / 1_000_000_000);
        return count;
    }

    private static long[] time(Supplier<List<?>> work) {
        for (int i = 0; i < 10; i++) {
            work.get();
        }
        long[] nanos = new long[ROUNDS];
        int size = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            size = work.get().size();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  (%d rows per call)%n", size);
        return nanos;
    }
}
