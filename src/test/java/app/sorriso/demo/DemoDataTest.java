package app.sorriso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.patients.Cpf;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ClinicIntegrationTest
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    Clock clock;

    @Test
    void the_demo_clinic_has_its_staff_dentists_and_patients() {
        Map<String, Long> demoRoles = jdbc.query(
                "select role, count(*) from user_account where email like '%@sorriso.demo' group by role",
                rs -> {
                    Map<String, Long> counts = new java.util.HashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                    return counts;
                });

        assertThat(demoRoles)
                .containsEntry("ADMIN", 1L)
                .containsEntry("RECEPTION", 2L)
                .containsEntry("DENTIST", 4L)
                .containsEntry("PATIENT", 1L);
        assertThat(jdbc.queryForObject(
                        "select count(distinct specialty) from professional where email like " + "'%@sorriso.demo'",
                        Long.class))
                .isEqualTo(4L);
    }

    @Test
    void every_demo_patient_has_a_valid_cpf() {
        List<String> cpfs = jdbc.queryForList(
                "select cpf from patient where email like '%@exemplo.com.br' " + "or email = 'paciente@sorriso.demo'",
                String.class);

        assertThat(cpfs).hasSize(60).allMatch(Cpf::isValid);
    }

    @Test
    void appointments_spread_over_the_past_and_the_next_eight_weeks_inside_working_hours() {
        Instant now = clock.instant();
        Long past = jdbc.queryForObject(
                "select count(*) from appointment a join professional p on p.id = "
                        + "a.professional_id where p.email like '%@sorriso.demo' and starts_at < ?",
                Long.class, java.sql.Timestamp.from(now));
        Long future = jdbc.queryForObject(
                "select count(*) from appointment a join professional p on p.id = "
                        + "a.professional_id where p.email like '%@sorriso.demo' and starts_at >= ?",
                Long.class, java.sql.Timestamp.from(now));
        Long outsideHours = jdbc.queryForObject("""
                select count(*) from appointment a join professional p on p.id = a.professional_id
                where p.email like '%@sorriso.demo' and not exists (
                  select 1 from working_hours w where w.professional_id = a.professional_id
                    and w.day_of_week = extract(isodow from a.starts_at at time zone 'America/Sao_Paulo')
                    and (a.starts_at at time zone 'America/Sao_Paulo')::time >= w.start_time
                    and (a.ends_at at time zone 'America/Sao_Paulo')::time <= w.end_time)""", Long.class);
        Instant earliest = jdbc.queryForObject(
                        "select min(starts_at) from appointment a join professional p on "
                                + "p.id = a.professional_id where p.email like '%@sorriso.demo'",
                        java.sql.Timestamp.class)
                .toInstant();

        assertThat(past).isGreaterThan(300);
        assertThat(future).isGreaterThan(300);
        assertThat(outsideHours).isZero();
        assertThat(earliest).isAfter(now.minus(57, ChronoUnit.DAYS));
    }

    @Test
    void running_the_seeder_again_duplicates_nothing() throws Exception {
        long patients = jdbc.queryForObject("select count(*) from patient", Long.class);
        long appointments = jdbc.queryForObject("select count(*) from appointment", Long.class);

        seeder.run(null);

        assertThat(jdbc.queryForObject("select count(*) from patient", Long.class))
                .isEqualTo(patients);
        assertThat(jdbc.queryForObject("select count(*) from appointment", Long.class))
                .isEqualTo(appointments);
    }

    @Test
    void plans_and_payments_exist_in_several_states() {
        assertThat(jdbc.queryForList("select distinct status from treatment_plan", String.class))
                .hasSizeGreaterThan(2);
        assertThat(jdbc.queryForList("select distinct status from payment", String.class))
                .contains("PAID", "PENDING");
    }
}
