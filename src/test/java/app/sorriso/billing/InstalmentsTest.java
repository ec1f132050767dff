package app.sorriso.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstalmentsTest {

    private static BigDecimal sum(List<BigDecimal> shares) {
        return shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void a_thousand_in_three_is_two_equal_shares_and_a_last_one_that_takes_the_cent() {
        List<BigDecimal> shares = Instalments.split(new BigDecimal("1000.00"), 3);

        assertThat(shares)
                .containsExactly(new BigDecimal("333.33"), new BigDecimal("333.33"), new BigDecimal("333.34"));
        assertThat(sum(shares)).isEqualByComparingTo("1000.00");
    }

    @Test
    void every_split_adds_up_to_the_total_exactly() {
        for (String total : List.of("0.07", "1.00", "99.99", "1234.56", "3200.00", "10000.01")) {
            for (int count = 1; count <= 12; count++) {
                if (new BigDecimal(total).movePointRight(2).longValue() < count) {
                    continue;
                }
                List<BigDecimal> shares = Instalments.split(new BigDecimal(total), count);
                assertThat(shares).hasSize(count).allMatch(share -> share.signum() > 0 && share.scale() == 2);
                assertThat(sum(shares)).as(total + " in " + count).isEqualByComparingTo(total);
            }
        }
    }

    @Test
    void overdue_is_a_pending_payment_past_its_due_date_seen_from_today() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        PaymentEntry pending = entry(PaymentStatus.PENDING, due);

        assertThat(pending.state(due.minusDays(1))).isEqualTo(PaymentState.PENDING);
        assertThat(pending.state(due)).isEqualTo(PaymentState.PENDING);
        assertThat(pending.state(due.plusDays(1))).isEqualTo(PaymentState.OVERDUE);
        assertThat(entry(PaymentStatus.PAID, due).state(due.plusYears(1))).isEqualTo(PaymentState.PAID);
        assertThat(entry(PaymentStatus.CANCELLED, due).state(due.plusYears(1))).isEqualTo(PaymentState.CANCELLED);
    }

    private static PaymentEntry entry(PaymentStatus status, LocalDate due) {
        return new PaymentEntry(
                1,
                0,
                1,
                "Ana",
                null,
                "Consulta",
                BigDecimal.TEN,
                due,
                null,
                null,
                status,
                null,
                null,
                null,
                null,
                null);
    }
}
