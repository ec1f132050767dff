package app.sorriso.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.base.ClinicException;
import app.sorriso.billing.PaymentService.NewInstalments;
import app.sorriso.billing.PaymentService.NewPayment;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientService;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.UserAccountService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Payments on the real database: instalments, the status steps and their refusals, filters and totals, access. */
@ClinicIntegrationTest
@WithUserDetails("recepcao@sorriso.demo")
class PaymentServiceTest {

    @Autowired
    PaymentService payments;

    @Autowired
    PaymentRepository repository;

    @Autowired
    PatientService patients;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    UserAccountService accounts;

    @Autowired
    TestClinic clinic;

    private Payment single(Patient patient, String amount, LocalDate due) {
        return payments.register(new NewPayment(
                patient.getId(), null, "Consulta de avaliação", new BigDecimal(amount), due, null, null));
    }

    @Test
    void a_total_split_into_instalments_sums_exactly_and_falls_due_monthly() {
        Patient patient = clinic.newPatient();
        LocalDate first = LocalDate.of(2027, 1, 31);

        List<Payment> created = payments.registerInstalments(
                new NewInstalments(patient.getId(), null, "Aparelho ortodôntico", new BigDecimal("1000.00"), 3, first));

        assertThat(created)
                .extracting(Payment::getAmount)
                .containsExactly(new BigDecimal("333.33"), new BigDecimal("333.33"), new BigDecimal("333.34"));
        assertThat(created)
                .extracting(Payment::getDueDate)
                .containsExactly(first, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
        assertThat(created).extracting(Payment::getInstallment).containsExactly(1, 2, 3);
        assertThat(payments.totals(PaymentFilter.ofPatient(patient.getId())).receivable())
                .isEqualByComparingTo("1000.00");
    }

    @Test
    void bad_amounts_and_counts_are_refused_on_their_fields() {
        Patient patient = clinic.newPatient();
        LocalDate due = payments.today();

        assertThatThrownBy(() -> single(patient, "0", due))
                .isInstanceOfSatisfying(
                        ClinicException.class, e -> assertThat(e.getField()).contains("amount"));
        assertThatThrownBy(() -> single(patient, "10.005", due))
                .isInstanceOfSatisfying(
                        ClinicException.class, e -> assertThat(e.getField()).contains("amount"));
        assertThatThrownBy(() -> payments.registerInstalments(
                        new NewInstalments(patient.getId(), null, "X", new BigDecimal("0.02"), 3, due)))
                .isInstanceOfSatisfying(
                        ClinicException.class, e -> assertThat(e.getField()).contains("instalments"));
        assertThatThrownBy(() -> payments.registerInstalments(
                        new NewInstalments(patient.getId(), null, " ", BigDecimal.TEN, 2, due)))
                .isInstanceOfSatisfying(
                        ClinicException.class, e -> assertThat(e.getField()).contains("description"));
    }

    @Test
    void a_pending_payment_is_paid_then_refunded_and_nothing_else() {
        Payment payment = single(clinic.newPatient(), "250.00", payments.today());

        PaymentEntry paid =
                payments.markPaid(payment.getId(), payment.getVersion(), payments.today(), PaymentMethod.PIX);
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.method()).isEqualTo(PaymentMethod.PIX);
        assertThat(paid.paidAt()).isNotNull();

        assertThatThrownBy(() -> payments.cancel(paid.id(), paid.version(), "Desistiu"))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("payment.refused.not-pending"));

        PaymentEntry refunded = payments.refund(paid.id(), paid.version(), "Procedimento não realizado");
        assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.refundReason()).isEqualTo("Procedimento não realizado");
        assertThat(refunded.paidAt()).isEqualTo(paid.paidAt());

        assertThatThrownBy(() -> payments.refund(refunded.id(), refunded.version(), "De novo"))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("payment.refused.not-paid"));
    }

    @Test
    void cancelling_needs_a_reason_and_a_paid_day_cannot_be_in_the_future() {
        Payment payment = single(clinic.newPatient(), "80.00", payments.today());

        assertThatThrownBy(() -> payments.cancel(payment.getId(), payment.getVersion(), "  "))
                .isInstanceOfSatisfying(
                        ClinicException.class, e -> assertThat(e.getField()).contains("reason"));
        assertThatThrownBy(() -> payments.markPaid(
                        payment.getId(), payment.getVersion(), payments.today().plusDays(1), PaymentMethod.CASH))
                .isInstanceOfSatisfying(
                        ClinicException.class, e -> assertThat(e.getField()).contains("paidOn"));

        PaymentEntry cancelled = payments.cancel(payment.getId(), payment.getVersion(), "Lançado em duplicidade");
        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThatThrownBy(() ->
                        payments.markPaid(cancelled.id(), cancelled.version(), payments.today(), PaymentMethod.CASH))
                .isInstanceOf(ClinicException.class);
    }

    @Test
    void acting_on_a_payment_someone_else_changed_meanwhile_is_refused_with_a_clear_message() {
        Payment payment = single(clinic.newPatient(), "120.00", payments.today());
        long seen = payment.getVersion();
        payments.markPaid(payment.getId(), seen, payments.today(), PaymentMethod.CASH);

        assertThatThrownBy(() -> payments.cancel(payment.getId(), seen, "Desistiu"))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("payment.changed"));
    }

    @Test
    void filters_and_totals_tell_overdue_from_open_and_add_up_in_the_database() {
        Patient patient = clinic.newPatient();
        LocalDate today = payments.today();
        single(patient, "100.00", today.minusDays(3));
        single(patient, "40.50", today);
        Payment paid = single(patient, "59.50", today.minusDays(10));
        payments.markPaid(paid.getId(), paid.getVersion(), today.minusDays(9), PaymentMethod.DEBIT_CARD);
        Payment refunded = single(patient, "30.00", today.minusDays(20));
        PaymentEntry refundable =
                payments.markPaid(refunded.getId(), refunded.getVersion(), today.minusDays(20), PaymentMethod.PIX);
        payments.refund(refundable.id(), refundable.version(), "Cobrança indevida");

        PaymentTotals totals = payments.totals(PaymentFilter.ofPatient(patient.getId()));
        assertThat(totals.count()).isEqualTo(4);
        assertThat(totals.received()).isEqualByComparingTo("59.50");
        assertThat(totals.open()).isEqualByComparingTo("40.50");
        assertThat(totals.overdue()).isEqualByComparingTo("100.00");
        assertThat(totals.refunded()).isEqualByComparingTo("30.00");

        PaymentFilter overdue = new PaymentFilter(null, null, PaymentState.OVERDUE, null, patient.getId());
        assertThat(payments.search(overdue, PageRequest.of(0, 10)).getContent())
                .extracting(PaymentEntry::amount)
                .containsExactly(new BigDecimal("100.00"));
        PaymentFilter byDebit =
                new PaymentFilter(today.minusDays(15), today, null, PaymentMethod.DEBIT_CARD, patient.getId());
        assertThat(payments.search(byDebit, PageRequest.of(0, 10, Sort.by("dueDate")))
                        .getContent())
                .extracting(PaymentEntry::id)
                .containsExactly(paid.getId());
        assertThat(payments.breakdown(PaymentFilter.ofPatient(patient.getId())))
                .extracting(PaymentBreakdown::state, PaymentBreakdown::amount)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(PaymentState.OVERDUE, new BigDecimal("100.00")),
                        org.assertj.core.groups.Tuple.tuple(PaymentState.PENDING, new BigDecimal("40.50")),
                        org.assertj.core.groups.Tuple.tuple(PaymentState.PAID, new BigDecimal("59.50")),
                        org.assertj.core.groups.Tuple.tuple(PaymentState.REFUNDED, new BigDecimal("30.00")));
    }

    @Test
    void overdue_follows_the_injected_clock() {
        Patient patient = clinic.newPatient();
        LocalDate due = LocalDate.of(2027, 6, 10);
        single(patient, "75.00", due);
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        PaymentService onDueDay = new PaymentService(repository, patients, currentUser, fixed(due, zone));
        PaymentService dayAfter = new PaymentService(repository, patients, currentUser, fixed(due.plusDays(1), zone));

        PaymentFilter filter = PaymentFilter.ofPatient(patient.getId());
        assertThat(onDueDay.totals(filter).overdue()).isZero();
        assertThat(dayAfter.totals(filter).overdue()).isEqualByComparingTo("75.00");
        assertThat(dayAfter.ofPatient(patient.getId()).getFirst().state(dayAfter.today()))
                .isEqualTo(PaymentState.OVERDUE);
    }

    private static Clock fixed(LocalDate day, ZoneId zone) {
        return Clock.fixed(day.atTime(9, 0).atZone(zone).toInstant(), zone);
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_reads_their_own_payments_and_nobody_elses() {
        long ownAccount =
                accounts.findByEmail("paciente@sorriso.demo").orElseThrow().getId();
        List<PaymentEntry> own = payments.ofCurrentPatient();
        long someoneElses = app.sorriso.security.SystemTask.run(() ->
                payments.search(PaymentFilter.all(), PageRequest.of(0, 50)).stream()
                        .filter(entry -> own.stream().noneMatch(mine -> mine.patientId() == entry.patientId()))
                        .findFirst()
                        .orElseThrow()
                        .id());

        assertThat(own)
                .allMatch(entry -> patients.findById(entry.patientId())
                        .orElseThrow()
                        .getUserAccountId()
                        .equals(ownAccount));
        assertThat(payments.find(someoneElses)).isEmpty();
        own.stream()
                .findFirst()
                .ifPresent(mine -> assertThat(payments.find(mine.id())).isPresent());
        assertThatThrownBy(() -> payments.ofPatient(
                        patients.findById(own.isEmpty() ? 1 : own.getFirst().patientId())
                                .orElseThrow()
                                .getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> payments.search(PaymentFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_cannot_register_payments() {
        assertThatThrownBy(() -> payments.totals(PaymentFilter.all())).isInstanceOf(AccessDeniedException.class);
    }
}
