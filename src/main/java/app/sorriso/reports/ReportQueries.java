package app.sorriso.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports' reading of the agenda and the patient records, straight in SQL: rows come from a cursor a few hundred
 * at a time (inside the caller's transaction), and counts come from aggregates, so a report's size is bounded by the
 * file it writes, not by the application's memory.
 */
@Component
class ReportQueries {

    private static final String APPOINTMENTS = """
            select pr.name as professional, a.starts_at, a.ends_at, p.full_name, p.phone, a.status, a.notes
            from appointment a join patient p on p.id = a.patient_id join professional pr on pr.id = a.professional_id
            where a.starts_at >= :from and a.starts_at < :until
              and (cast(:professional as bigint) is null or a.professional_id = :professional)
              and (cast(:status as varchar) is null or a.status = :status)
              and (:withCancelled or a.status <> 'CANCELLED')
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ReportQueries(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    /** Appointments in [from, until), by professional then time (the agenda) or by time (the list). */
    <T> Stream<T> appointments(Selection selection, RowMapper<T> rows) {
        String order = selection.agenda() ? "order by pr.name, pr.id, a.starts_at" : "order by a.starts_at, pr.name";
        return jdbc.queryForStream(APPOINTMENTS + order, selection.params(), rows);
    }

    /** How many of those appointments are in each status. */
    Map<String, Long> appointmentCounts(Selection selection) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(
                "select status, count(*) from (" + APPOINTMENTS + ") matched group by status order by 2 desc",
                selection.params(),
                (ResultSet row) -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    <T> Stream<T> patients(Boolean active, RowMapper<T> rows) {
        return jdbc.queryForStream("""
                select full_name, cpf, birth_date, phone, email, active from patient
                where cast(:active as boolean) is null or active = :active
                order by search_name, id""", new MapSqlParameterSource("active", active), rows);
    }

    long patientCount(Boolean active) {
        return jdbc.queryForObject(
                "select count(*) from patient where cast(:active as boolean) is null or active = :active",
                new MapSqlParameterSource("active", active),
                Long.class);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    /**
     * Which appointments: those starting in [from, until), optionally of one professional and one status. The agenda
     * leaves out cancelled ones (their time is free) and is ordered by professional; the list keeps all, by time.
     */
    record Selection(Instant from, Instant until, Long professional, String status, boolean agenda) {

        MapSqlParameterSource params() {
            return new MapSqlParameterSource("from", Timestamp.from(from))
                    .addValue("until", Timestamp.from(until))
                    .addValue("professional", professional)
                    .addValue("status", status)
                    .addValue("withCancelled", !agenda);
        }
    }
}
