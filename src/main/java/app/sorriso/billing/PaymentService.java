package app.sorriso.billing;

import app.sorriso.base.ClinicDates;
import app.sorriso.base.ClinicException;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientService;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to payments. The desk (reception and admin) registers them, splits a price into monthly instalments,
 * marks them paid, cancels and refunds them; a patient reads only their own. An action carries the version of the
 * payment its screen showed, so a change made meanwhile by someone else is refused with a clear message instead of
 * being silently overwritten.
 */
@Service
@Transactional(readOnly = true)
public class PaymentService {

    static final String DESK = "hasAnyRole('ADMIN', 'RECEPTION')";
    public static final int MAX_INSTALMENTS = 48;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final PaymentRepository payments;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final Clock clock;

    PaymentService(PaymentRepository payments, PatientService patients, CurrentUser currentUser, Clock clock) {
        this.payments = payments;
        this.patients = patients;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One payment, or one instalment that the caller numbered itself. */
    @Transactional
    @PreAuthorize(DESK)
    public Payment register(NewPayment request) {
        refuseBadAmount(request.amount());
        Patient patient = patient(request.patientId());
        return payments.saveAndFlush(new Payment(
                patient,
                request.planId(),
                description(request.description()),
                request.amount(),
                ClinicDates.requireWithinReach(required(request.dueDate(), "dueDate"), clock, "dueDate"),
                request.installment(),
                request.installmentCount()));
    }

    /**
     * A total split into {@code count} monthly instalments from the first due date on; the shares are equal in whole
     * cents and the last absorbs the rounding, so they add up to the total exactly. One instalment is a plain payment.
     */
    @Transactional
    @PreAuthorize(DESK)
    public List<Payment> registerInstalments(NewInstalments request) {
        refuseBadAmount(request.total());
        int count = request.count();
        if (count < 1 || count > MAX_INSTALMENTS) {
            throw ClinicException.onField("instalments", "payment.instalments.range", MAX_INSTALMENTS);
        }
        if (request.total().movePointRight(2).longValue() < count) {
            throw ClinicException.onField("instalments", "payment.instalments.too-small");
        }
        Patient patient = patient(request.patientId());
        String description = description(request.description());
        LocalDate firstDue =
                ClinicDates.requireWithinReach(required(request.firstDueDate(), "dueDate"), clock, "dueDate");
        List<BigDecimal> shares = Instalments.split(request.total(), count);
        List<Payment> created = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            created.add(new Payment(
                    patient,
                    request.planId(),
                    description,
                    shares.get(n - 1),
                    firstDue.plusMonths(n - 1),
                    count == 1 ? null : n,
                    count == 1 ? null : count));
        }
        return payments.saveAllAndFlush(created);
    }

    /** Received on the given day (not in the future), by the given method. */
    @Transactional
    @PreAuthorize(DESK)
    public PaymentEntry markPaid(long paymentId, long seenVersion, LocalDate paidOn, PaymentMethod method) {
        LocalDate today = today();
        if (required(paidOn, "paidOn").isAfter(today)) {
            throw ClinicException.onField("paidOn", "payment.paid-on.future");
        }
        required(method, "method");
        Payment payment = load(paymentId, seenVersion);
        Instant when = paidOn.equals(today)
                ? clock.instant()
                : paidOn.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant();
        payment.markPaid(when, method);
        return flushed(payment);
    }

    @Transactional
    @PreAuthorize(DESK)
    public PaymentEntry cancel(long paymentId, long seenVersion, String reason) {
        Payment payment = load(paymentId, seenVersion);
        payment.cancel(reason(reason));
        return flushed(payment);
    }

    @Transactional
    @PreAuthorize(DESK)
    public PaymentEntry refund(long paymentId, long seenVersion, String reason) {
        Payment payment = load(paymentId, seenVersion);
        payment.refund(clock.instant(), reason(reason));
        return flushed(payment);
    }

    /** One page of matches, without counting them all: what a lazy grid asks for as it scrolls. */
    @PreAuthorize(DESK)
    public Slice<PaymentEntry> search(PaymentFilter filter, Pageable pageable) {
        return payments.search(PaymentQuery.of(filter, today()), pageable);
    }

    /** How many, and how much received, open, overdue and refunded, among the filter's payments. */
    @PreAuthorize(DESK)
    public PaymentTotals totals(PaymentFilter filter) {
        return payments.totals(PaymentQuery.of(filter, today()));
    }

    /** Count and sum per method and state: the financial report's summary. */
    @PreAuthorize(DESK)
    public List<PaymentBreakdown> breakdown(PaymentFilter filter) {
        return payments.breakdown(PaymentQuery.of(filter, today())).stream()
                .flatMap(PaymentRepository.BreakdownRow::states)
                .toList();
    }

    /**
     * Lets {@code work} read every match, by due date, from a cursor inside this service's transaction: an export or
     * a report of any size holds only a few hundred payments in memory. The stream is closed afterwards.
     */
    @PreAuthorize(DESK)
    public <T> T read(PaymentFilter filter, Function<Stream<PaymentEntry>, T> work) {
        try (Stream<PaymentEntry> rows = payments.stream(PaymentQuery.of(filter, today()), Sort.by("dueDate", "id"))) {
            return work.apply(rows);
        }
    }

    /** A patient's payments, latest due first: the staff patient page's tab. */
    @PreAuthorize(DESK)
    public List<PaymentEntry> ofPatient(long patientId) {
        return payments.findByPatient(patientId);
    }

    /**
     * The logged-in patient's own payments, latest due first, for the patient area and the API. Nobody else's are
     * reachable through it: the patient is the one linked to the logged-in account.
     */
    @PreAuthorize("hasRole('PATIENT')")
    public List<PaymentEntry> ofCurrentPatient() {
        return payments.findByAccount(currentUser.require().accountId());
    }

    /** One payment: any for the desk, only their own for a patient (someone else's is simply not found). */
    @PreAuthorize("hasAnyRole('ADMIN', 'RECEPTION', 'PATIENT')")
    public Optional<PaymentEntry> find(long paymentId) {
        if (currentUser.hasRole(Role.PATIENT)) {
            return payments.findEntryOfAccount(paymentId, currentUser.require().accountId());
        }
        return payments.findEntry(paymentId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Payment load(long paymentId, long seenVersion) {
        Payment payment = payments.findById(paymentId).orElseThrow(() -> new ClinicException("payment.not-found"));
        if (payment.getVersion() != seenVersion) {
            throw new ClinicException("payment.changed");
        }
        return payment;
    }

    private PaymentEntry flushed(Payment payment) {
        payments.flush();
        return payments.findEntry(payment.getId()).orElseThrow();
    }

    private Patient patient(Long patientId) {
        if (patientId == null) {
            throw ClinicException.onField("patient", "payment.patient.required");
        }
        return patients.findById(patientId)
                .orElseThrow(() -> ClinicException.onField("patient", "payment.patient.required"));
    }

    private static void refuseBadAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw ClinicException.onField("amount", "payment.amount.positive");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw ClinicException.onField("amount", "payment.amount.cents");
        }
    }

    private static String description(String text) {
        if (text == null || text.isBlank()) {
            throw ClinicException.onField("description", "payment.description.required");
        }
        String trimmed = text.strip();
        if (trimmed.length() > Payment.DESCRIPTION_MAX) {
            throw ClinicException.onField("description", "payment.description.too-long", Payment.DESCRIPTION_MAX);
        }
        return trimmed;
    }

    private static String reason(String text) {
        if (text == null || text.isBlank()) {
            throw ClinicException.onField("reason", "payment.reason.required");
        }
        String trimmed = text.strip();
        if (trimmed.length() > Payment.REASON_MAX) {
            throw ClinicException.onField("reason", "payment.reason.too-long", Payment.REASON_MAX);
        }
        return trimmed;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ClinicException.onField(field, "form.required");
        }
        return value;
    }

    /** A payment to register; {@code installment} and {@code installmentCount} are both given or both null. */
    public record NewPayment(
            Long patientId,
            Long planId,
            String description,
            BigDecimal amount,
            LocalDate dueDate,
            Integer installment,
            Integer installmentCount) {}

    /** A total to split into monthly instalments, the first due on {@code firstDueDate}. */
    public record NewInstalments(
            Long patientId, Long planId, String description, BigDecimal total, int count, LocalDate firstDueDate) {}
}
