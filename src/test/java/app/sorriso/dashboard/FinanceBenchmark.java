package app.sorriso.dashboard;

import app.sorriso.Benchmarks;
import app.sorriso.reports.ClinicReports;
import app.sorriso.reports.ReportCriteria;
import app.sorriso.reports.ReportFormat;
import app.sorriso.scheduling.AgendaBenchmark;
import app.sorriso.security.SystemTask;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the owner's screens answer on a large, long-lived clinic: the agenda benchmark's 1.1 million appointments
 * plus 500 000 payments over five years, then each dashboard query and the whole dashboard, and the financial PDF
 * and CSV of a period holding about 10 000 payments. Prints figures; asserts nothing.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark -Dbenchmark=app.sorriso.dashboard.FinanceBenchmark -Dvaadin.skip
 * test-compile exec:java}.
 */
public final class FinanceBenchmark {

    private static final int PAYMENTS = 500_000;
    private static final int ROUNDS = 30;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    /**
     * Payments spread over five years of due dates, one patient after another; nine in ten of those already due were
     * paid on the due date by one of the six methods, the rest are pending (and so, mostly, overdue).
     */
    private static final String SEED_PAYMENTS = """
            insert into payment (patient_id, description, amount, due_date, paid_at, method, status)
            select p.first_id + (g.i %% 20000), 'Consulta ' || g.i, 100 + (g.i %% 50) * 10, d.due,
                   case when d.paid then (d.due + time '10:00') at time zone 'America/Sao_Paulo' end,
                   case when d.paid then (array['PIX', 'CREDIT_CARD', 'DEBIT_CARD', 'CASH', 'BOLETO',
                                                'INSURANCE'])[1 + g.i %% 6] end,
                   case when d.paid then 'PAID' else 'PENDING' end
            from generate_series(1, %d) as g(i)
            cross join lateral (select date '2022-01-02' + (g.i %% 1825) as due,
                                       date '2022-01-02' + (g.i %% 1825) < date '2026-11-20' and g.i %% 10 <> 0
                                           as paid) as d,
                 (select min(id) as first_id from patient) as p""";

    private FinanceBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = Benchmarks.startOnEmptyDatabase()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            DashboardService dashboard = context.getBean(DashboardService.class);
            ClinicReports reports = context.getBean(ClinicReports.class);

            AgendaBenchmark.seed(jdbc, LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 1));
            long started = System.nanoTime();
            jdbc.update(SEED_PAYMENTS.formatted(PAYMENTS));
            // As autovacuum would soon after such a load: statistics, and the visibility map index-only scans need.
            jdbc.execute("vacuum analyze");
            System.out.printf(
                    Locale.ROOT,
                    "seeded %d payments in %d s%n",
                    jdbc.queryForObject("select count(*) from payment", Long.class),
                    (System.nanoTime() - started) / 1_000_000_000);

            SystemTask.run(() -> {
                Benchmarks.report("today by status", time(() -> dashboard.appointmentsByStatus(DAY)));
                Benchmarks.report("active patients", time(() -> dashboard.activePatients(DAY)));
                Benchmarks.report("revenue month vs last", time(() -> dashboard.revenue(DAY)));
                Benchmarks.report("receivables", time(() -> dashboard.receivables(DAY)));
                Benchmarks.report("no-show rate", time(() -> dashboard.noShows(DAY)));
                Benchmarks.report("revenue by month", time(() -> dashboard.revenueByMonth(DAY)));
                Benchmarks.report("per professional", time(() -> dashboard.appointmentsByProfessional(DAY)));
                Benchmarks.report("methods share", time(() -> dashboard.revenueByMethod(DAY)));
                Benchmarks.report("whole dashboard", time(() -> dashboard.snapshot(DAY)));

                ReportCriteria period = ReportCriteria.period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 6));
                System.out.printf(
                        Locale.ROOT,
                        "financial report period holds %d payments%n",
                        jdbc.queryForObject(
                                "select count(*) from payment where due_date between '2025-03-01' and '2025-04-06'",
                                Long.class));
                Benchmarks.report("financial PDF", time(3, () -> render(reports, period, ReportFormat.PDF)));
                Benchmarks.report("financial CSV", time(3, () -> render(reports, period, ReportFormat.CSV)));
            });
        }
    }

    private static long render(ClinicReports reports, ReportCriteria period, ReportFormat format) {
        CountingStream out = new CountingStream();
        reports.financial(period, format, Locale.forLanguageTag("pt-BR"), out);
        return out.bytes;
    }

    private static long[] time(Supplier<?> work) {
        return time(ROUNDS, work);
    }

    private static long[] time(int rounds, Supplier<?> work) {
        for (int i = 0; i < Math.max(2, rounds / 5); i++) {
            work.get();
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** Where the reports write: nowhere, counting bytes. */
    private static final class CountingStream extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
