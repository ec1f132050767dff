package app.sorriso.demo;

import app.sorriso.billing.Payment;
import app.sorriso.billing.PaymentEntry;
import app.sorriso.billing.PaymentMethod;
import app.sorriso.billing.PaymentService;
import app.sorriso.billing.PaymentService.NewInstalments;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientSearch;
import app.sorriso.patients.PatientService;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AgendaService;
import app.sorriso.scheduling.AppointmentStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The clinic's money over the last year, through the payment service's own rules: a fee for most attended
 * appointments (nearly all paid on the day, a few left unpaid and now overdue, one refunded, one waived), monthly
 * orthodontic maintenance paid for twelve months, and braces paid in ten instalments, some still to come. The demo
 * patient has instalments in every state, for the patient area.
 */
@Component
class DemoPayments {

    private static final String[] FEES = {"150.00", "180.00", "200.00", "250.00"};
    private static final String[][] PROCEDURES = {
        {"Consulta de avaliação", "150.00"}, {"Limpeza e raspagem", "250.00"}, {"Restauração em resina", "180.00"},
        {"Tratamento de canal", "850.00"}, {"Clareamento", "600.00"}, {"Coroa de porcelana", "1450.00"}
    };
    private static final PaymentMethod[] DESK_METHODS = {
        PaymentMethod.PIX,
        PaymentMethod.PIX,
        PaymentMethod.PIX,
        PaymentMethod.CREDIT_CARD,
        PaymentMethod.CREDIT_CARD,
        PaymentMethod.DEBIT_CARD,
        PaymentMethod.CASH,
        PaymentMethod.INSURANCE
    };

    private final PaymentService payments;
    private final PatientService patients;
    private final AgendaService agenda;
    private final Clock clock;

    DemoPayments(PaymentService payments, PatientService patients, AgendaService agenda, Clock clock) {
        this.payments = payments;
        this.patients = patients;
        this.agenda = agenda;
        this.clock = clock;
    }

    /** Fills the year's payments and says how many it created. */
    int fill() {
        Random random = new Random(20_261_204L);
        LocalDate today = payments.today();
        List<Patient> clinic = patients.search(PatientSearch.all(), PageRequest.of(0, 100, Sort.by("id")))
                .getContent();
        int count = appointmentFees(today, random);
        for (int i = 0; i < 8; i++) {
            count += maintenance(clinic.get(3 + i * 5), today, random);
        }
        count += history(clinic, today, random);
        count += braces(clinic.getFirst(), today.minusMonths(5).withDayOfMonth(5), today, random);
        count += braces(clinic.get(7), today.minusMonths(9).withDayOfMonth(15), today, random);
        return count;
    }

    private int appointmentFees(LocalDate today, Random random) {
        List<AgendaEntry> attended = agenda.days(today.minusWeeks(8), today.minusDays(1), null).stream()
                .filter(entry -> entry.status() == AppointmentStatus.COMPLETED)
                .filter(entry -> random.nextInt(3) == 0)
                .toList();
        for (int i = 0; i < attended.size(); i++) {
            AgendaEntry entry = attended.get(i);
            LocalDate day = entry.startsAt().atZone(clock.getZone()).toLocalDate();
            String fee = FEES[random.nextInt(FEES.length)];
            Payment payment = single(entry.patientId(), entry.notes() == null ? "Consulta" : entry.notes(), fee, day);
            if (random.nextInt(12) == 0) {
                continue;
            }
            PaymentEntry paid = pay(payment, day, random);
            if (i == 3) {
                payments.refund(paid.id(), paid.version(), "Procedimento remarcado; valor devolvido por PIX");
            }
        }
        Payment waived = single(attended.getLast().patientId(), "Retorno", "120.00", today.minusDays(2));
        payments.cancel(waived.getId(), waived.getVersion(), "Retorno sem custo, cortesia da clínica");
        return attended.size() + 1;
    }

    /** Treatments paid in the months before the demo agenda starts, so the year's revenue has a history. */
    private int history(List<Patient> clinic, LocalDate today, Random random) {
        int count = 0;
        for (int month = 11; month >= 2; month--) {
            int treatments = 35 + random.nextInt(12);
            for (int i = 0; i < treatments; i++) {
                String[] procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
                LocalDate day = today.minusMonths(month).withDayOfMonth(1 + random.nextInt(28));
                Patient patient = clinic.get(random.nextInt(clinic.size()));
                pay(single(patient.getId(), procedure[0], procedure[1], day), day, random);
            }
            count += treatments;
        }
        return count;
    }

    /** Twelve monthly maintenance visits, paid on the day except, sometimes, the latest ones. */
    private int maintenance(Patient patient, LocalDate today, Random random) {
        int count = 0;
        for (int month = 11; month >= 0; month--) {
            LocalDate due = today.minusMonths(month).withDayOfMonth(1 + random.nextInt(25));
            Payment payment = single(patient.getId(), "Manutenção do aparelho ortodôntico", "280.00", due);
            count++;
            boolean unpaid = !due.isBefore(today) || (month < 2 && random.nextInt(3) == 0);
            if (!unpaid) {
                pay(payment, due, random);
            }
        }
        return count;
    }

    /** Braces in ten monthly instalments: the ones already due paid, except one left overdue. */
    private int braces(Patient patient, LocalDate firstDue, LocalDate today, Random random) {
        List<Payment> instalments = payments.registerInstalments(new NewInstalments(
                patient.getId(), null, "Aparelho ortodôntico fixo", new BigDecimal("4800.00"), 10, firstDue));
        Payment lastDue = instalments.stream()
                .filter(payment -> payment.getDueDate().isBefore(today))
                .reduce((first, second) -> second)
                .orElse(null);
        for (Payment payment : instalments) {
            if (payment.getDueDate().isBefore(today) && payment != lastDue) {
                pay(payment, payment.getDueDate(), random);
            }
        }
        return instalments.size();
    }

    private Payment single(long patientId, String description, String amount, LocalDate due) {
        return payments.registerInstalments(
                        new NewInstalments(patientId, null, description, new BigDecimal(amount), 1, due))
                .getFirst();
    }

    private PaymentEntry pay(Payment payment, LocalDate day, Random random) {
        return payments.markPaid(
                payment.getId(), payment.getVersion(), day, DESK_METHODS[random.nextInt(DESK_METHODS.length)]);
    }
}
