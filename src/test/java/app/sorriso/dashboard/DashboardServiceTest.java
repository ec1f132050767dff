package app.sorriso.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.dashboard.DashboardService.Dashboard;
import app.sorriso.dashboard.DashboardService.Receivables;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The dashboard's aggregates against rows written for it in July 2032, a month nothing else in the test database
 * reaches, so every figure is known; receivables span all time, so they are checked as a difference.
 */
@ClinicIntegrationTest
@WithUserDetails("admin@sorriso.demo")
class DashboardServiceTest {

    private static final LocalDate DAY = LocalDate.of(2032, 7, 15);
    private static final ZoneId CLINIC = ZoneId.of("America/Sao_Paulo");

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClinic clinic;

    private long professional;

    private void appointment(long patient, LocalDateTime start, String status) {
        jdbc.update(
                """
                insert into appointment (patient_id, professional_id, starts_at, ends_at, status, cancel_reason)
                values (?, ?, ?, ?, ?, ?)""",
                patient,
                professional,
                Timestamp.from(start.atZone(CLINIC).toInstant()),
                Timestamp.from(start.plusMinutes(30).atZone(CLINIC).toInstant()),
                status,
                "CANCELLED".equals(status) ? "Teste" : null);
    }

    private void payment(
            long patient, String amount, LocalDate due, LocalDateTime paidAt, String method, String status) {
        jdbc.update(
                """
                insert into payment (patient_id, description, amount, due_date, paid_at, method, status,
                                     refunded_at, refund_reason)
                values (?, 'Teste', ?, ?, ?, ?, ?, ?, ?)""",
                patient,
                new BigDecimal(amount),
                due,
                paidAt == null ? null : Timestamp.from(paidAt.atZone(CLINIC).toInstant()),
                method,
                status,
                "REFUNDED".equals(status)
                        ? Timestamp.from(paidAt.plusDays(1).atZone(CLINIC).toInstant())
                        : null,
                "REFUNDED".equals(status) ? "Teste" : null);
    }

    @Test
    void the_figures_and_charts_add_up_the_known_rows() {
        professional = clinic.newProfessional().getId();
        long ana = clinic.newPatient().getId();
        long bruno = clinic.newPatient().getId();
        long carla = clinic.newPatient().getId();
        long davi = clinic.newPatient().getId();
        long elisa = clinic.newPatient().getId();
        appointment(ana, DAY.atTime(8, 0), "COMPLETED");
        appointment(bruno, DAY.atTime(9, 0), "SCHEDULED");
        appointment(carla, DAY.atTime(10, 0), "SCHEDULED");
        appointment(davi, DAY.atTime(11, 0), "CONFIRMED");
        appointment(elisa, DAY.atTime(14, 0), "CANCELLED");
        appointment(davi, LocalDate.of(2032, 7, 1).atTime(9, 0), "NO_SHOW");
        appointment(bruno, LocalDate.of(2032, 6, 20).atTime(9, 0), "COMPLETED");
        appointment(ana, LocalDate.of(2032, 3, 1).atTime(9, 0), "COMPLETED");
        appointment(carla, LocalDate.of(2031, 6, 1).atTime(9, 0), "COMPLETED");
        payment(ana, "300.00", DAY, DAY.atTime(10, 0), "PIX", "PAID");
        payment(bruno, "200.50", DAY, LocalDate.of(2032, 7, 2).atTime(15, 0), "CASH", "PAID");
        payment(carla, "80.00", DAY, LocalDate.of(2032, 7, 3).atTime(15, 0), "PIX", "REFUNDED");
        payment(davi, "1000.00", DAY, LocalDate.of(2032, 6, 30).atTime(23, 30), "PIX", "PAID");
        payment(elisa, "150.00", DAY, LocalDate.of(2031, 9, 10).atTime(9, 0), "CREDIT_CARD", "PAID");
        payment(elisa, "99.00", DAY, LocalDate.of(2031, 7, 20).atTime(9, 0), "CASH", "PAID");
        Receivables before = dashboard.receivables(DAY);
        payment(ana, "400.00", DAY.plusDays(10), null, null, "PENDING");
        payment(bruno, "250.00", DAY.minusDays(5), null, null, "PENDING");

        Dashboard figures = dashboard.snapshot(DAY);

        assertThat(figures.appointmentsByStatus())
                .isEqualTo(Map.of("COMPLETED", 1L, "SCHEDULED", 2L, "CONFIRMED", 1L, "CANCELLED", 1L));
        assertThat(figures.activePatients()).isEqualTo(2);
        assertThat(figures.revenue().thisMonth()).isEqualByComparingTo("500.50");
        assertThat(figures.revenue().lastMonth()).isEqualByComparingTo("1000.00");
        assertThat(figures.revenue().changePercent()).isEqualByComparingTo("-50");
        assertThat(figures.noShows().missed()).isEqualTo(1);
        assertThat(figures.noShows().expected()).isEqualTo(3);
        assertThat(figures.noShows().ratePercent()).isEqualByComparingTo("33.3");
        assertThat(figures.receivables().open().subtract(before.open())).isEqualByComparingTo("400.00");
        assertThat(figures.receivables().overdue().subtract(before.overdue())).isEqualByComparingTo("250.00");
        assertThat(figures.receivables().overdueCount() - before.overdueCount()).isEqualTo(1);

        assertThat(figures.revenueByMonth()).hasSize(12);
        assertThat(figures.revenueByMonth().getFirst().month()).isEqualTo(YearMonth.of(2031, 8));
        assertThat(figures.revenueByMonth())
                .filteredOn(month -> month.amount().signum() > 0)
                .extracting(
                        month -> month.month().toString(),
                        month -> month.amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2031-09", "150.00"),
                        org.assertj.core.groups.Tuple.tuple("2032-06", "1000.00"),
                        org.assertj.core.groups.Tuple.tuple("2032-07", "500.50"));
        assertThat(figures.appointmentsByProfessional()).singleElement().satisfies(count -> {
            assertThat(count.appointments()).isEqualTo(5);
            assertThat(count.color()).isEqualTo("#123456");
        });
        assertThat(figures.revenueByMethod())
                .containsOnlyKeys("PIX", "CASH", "CREDIT_CARD")
                .hasEntrySatisfying("PIX", amount -> assertThat(amount).isEqualByComparingTo("1300.00"))
                .hasEntrySatisfying("CASH", amount -> assertThat(amount).isEqualByComparingTo("200.50"));
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void only_the_administrator_sees_the_figures() {
        assertThatThrownBy(() -> dashboard.snapshot(DAY)).isInstanceOf(AccessDeniedException.class);
    }
}
