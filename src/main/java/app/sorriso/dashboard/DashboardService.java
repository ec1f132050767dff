package app.sorriso.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's figures, each one a single aggregate query that PostgreSQL answers from its indexes: no appointment or
 * payment row is ever loaded into the application to be counted. Every figure is computed as of a given day in the
 * clinic's time zone, so tests and the benchmark can ask about any day.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class DashboardService {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DashboardService(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everything the dashboard shows, as of {@code day}. */
    public Dashboard snapshot(LocalDate day) {
        return new Dashboard(
                day,
                appointmentsByStatus(day),
                activePatients(day),
                revenue(day),
                receivables(day),
                noShows(day),
                revenueByMonth(day),
                appointmentsByProfessional(day),
                revenueByMethod(day));
    }

    /** The day's appointments counted by status. */
    public Map<String, Long> appointmentsByStatus(LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("""
                select status, count(*) from appointment
                where starts_at >= :from and starts_at < :until
                group by status""", days(day, day.plusDays(1)), row -> {
            counts.put(row.getString(1), row.getLong(2));
        });
        return counts;
    }

    /** Patients seen (an attended appointment) in the twelve months up to the end of {@code day}. */
    public long activePatients(LocalDate day) {
        return jdbc.queryForObject("""
                select count(distinct patient_id) from appointment
                where starts_at >= :from and starts_at < :until and status in ('COMPLETED', 'CHECKED_IN')""", days(day.plusDays(1).minusMonths(12), day.plusDays(1)), Long.class);
    }

    /** Received (paid, not refunded) in the month of {@code day} so far, and in the whole month before. */
    public Revenue revenue(LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        MapSqlParameterSource params =
                days(month.minusMonths(1), day.plusDays(1)).addValue("monthStart", Timestamp.from(instant(month)));
        return jdbc.queryForObject("""
                select coalesce(sum(amount) filter (where paid_at >= :monthStart), 0),
                       coalesce(sum(amount) filter (where paid_at < :monthStart), 0)
                from payment
                where status = 'PAID' and paid_at >= :from and paid_at < :until""", params, (row, n) -> new Revenue(row.getBigDecimal(1), row.getBigDecimal(2)));
    }

    /** What patients owe: pending and not yet due, and pending past the due date. */
    public Receivables receivables(LocalDate day) {
        return jdbc.queryForObject(
                """
                select coalesce(sum(amount) filter (where due_date >= :day), 0),
                       coalesce(sum(amount) filter (where due_date < :day), 0),
                       count(*) filter (where due_date < :day)
                from payment where status = 'PENDING'""",
                new MapSqlParameterSource("day", day),
                (row, n) -> new Receivables(row.getBigDecimal(1), row.getBigDecimal(2), row.getLong(3)));
    }

    /** Missed appointments among those that should have happened in the 30 days up to the end of {@code day}. */
    public NoShows noShows(LocalDate day) {
        return jdbc.queryForObject(
                """
                select count(*) filter (where status = 'NO_SHOW'), count(*) from appointment
                where starts_at >= :from and starts_at < :until
                  and status in ('COMPLETED', 'CHECKED_IN', 'NO_SHOW')""",
                days(day.plusDays(1).minusDays(30), day.plusDays(1)),
                (row, n) -> new NoShows(row.getLong(1), row.getLong(2)));
    }

    /** Received per month for the twelve months up to the month of {@code day}, months without any included. */
    public List<MonthlyAmount> revenueByMonth(LocalDate day) {
        YearMonth last = YearMonth.from(day);
        YearMonth first = last.minusMonths(11);
        Map<YearMonth, BigDecimal> amounts = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            amounts.put(month, BigDecimal.ZERO);
        }
        MapSqlParameterSource params =
                days(first.atDay(1), last.plusMonths(1).atDay(1)).addValue("zone", zone().getId());
        jdbc.query("""
                select to_char(paid_at at time zone :zone, 'YYYY-MM'), sum(amount) from payment
                where status = 'PAID' and paid_at >= :from and paid_at < :until
                group by 1""", params, row -> {
            amounts.put(YearMonth.parse(row.getString(1)), row.getBigDecimal(2));
        });
        List<MonthlyAmount> months = new ArrayList<>();
        amounts.forEach((month, amount) -> months.add(new MonthlyAmount(month, amount)));
        return months;
    }

    /** Appointments (not cancelled) of each professional in the month of {@code day}, busiest first. */
    public List<ProfessionalCount> appointmentsByProfessional(LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        return jdbc.query(
                """
                select pr.name, pr.color, counts.total
                from (select professional_id, count(*) as total from appointment
                      where starts_at >= :from and starts_at < :until and status <> 'CANCELLED'
                      group by professional_id) counts
                join professional pr on pr.id = counts.professional_id
                order by counts.total desc, pr.name""",
                days(month, month.plusMonths(1)),
                (row, n) -> new ProfessionalCount(row.getString(1), row.getString(2), row.getLong(3)));
    }

    /** Received per payment method over the same twelve months as {@link #revenueByMonth}. */
    public Map<String, BigDecimal> revenueByMethod(LocalDate day) {
        YearMonth last = YearMonth.from(day);
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        jdbc.query("""
                select method, sum(amount) from payment
                where status = 'PAID' and paid_at >= :from and paid_at < :until
                group by method order by 2 desc""", days(last.minusMonths(11).atDay(1), last.plusMonths(1).atDay(1)), row -> {
            amounts.put(row.getString(1), row.getBigDecimal(2));
        });
        return amounts;
    }

    private MapSqlParameterSource days(LocalDate from, LocalDate until) {
        return new MapSqlParameterSource("from", Timestamp.from(instant(from)))
                .addValue("until", Timestamp.from(instant(until)));
    }

    private Instant instant(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** Everything on the dashboard. */
    public record Dashboard(
            LocalDate day,
            Map<String, Long> appointmentsByStatus,
            long activePatients,
            Revenue revenue,
            Receivables receivables,
            NoShows noShows,
            List<MonthlyAmount> revenueByMonth,
            List<ProfessionalCount> appointmentsByProfessional,
            Map<String, BigDecimal> revenueByMethod) {

        public long appointmentsToday() {
            return appointmentsByStatus.values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    public record Revenue(BigDecimal thisMonth, BigDecimal lastMonth) {

        /** Change against last month in percent, or null when last month had nothing to compare with. */
        public BigDecimal changePercent() {
            if (lastMonth.signum() == 0) {
                return null;
            }
            return thisMonth
                    .subtract(lastMonth)
                    .multiply(BigDecimal.valueOf(100))
                    .divide(lastMonth, 0, RoundingMode.HALF_UP);
        }
    }

    public record Receivables(BigDecimal open, BigDecimal overdue, long overdueCount) {

        public BigDecimal total() {
            return open.add(overdue);
        }
    }

    /** @param expected appointments that should have happened: attended or missed */
    public record NoShows(long missed, long expected) {

        /** Missed in percent of expected, one decimal; zero when nothing was expected. */
        public BigDecimal ratePercent() {
            if (expected == 0) {
                return BigDecimal.ZERO;
            }
            return BigDecimal.valueOf(missed * 100).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
        }
    }

    public record MonthlyAmount(YearMonth month, BigDecimal amount) {}

    public record ProfessionalCount(String name, String color, long appointments) {}
}
