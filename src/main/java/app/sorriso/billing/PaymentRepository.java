package app.sorriso.billing;

import static org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE;

import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    /** A payment as lists show it, joined with its patient. */
    String ENTRY = """
            select new app.sorriso.billing.PaymentEntry(p.id, p.version, pa.id, pa.fullName, p.planId, p.description,
                     p.amount, p.dueDate, p.paidAt, p.method, p.status, p.installment, p.installmentCount,
                     p.cancelReason, p.refundedAt, p.refundReason)
            from Payment p join p.patient pa
            """;

    /**
     * The filter's conditions (see {@link PaymentQuery}). An overdue or not-yet-due pending payment is told apart by
     * its due date against {@code dueBefore} or {@code dueFrom} (today), so "overdue" needs no stored status.
     */
    String FILTER = """
            where p.dueDate between :#{#q.from()} and :#{#q.to()}
              and p.status in :#{#q.statuses()}
              and p.dueDate < :#{#q.dueBefore()} and p.dueDate >= :#{#q.dueFrom()}
              and (:#{#q.anyMethod()} = true or p.method = :#{#q.method()})
              and (:#{#q.anyPatient()} = true or p.patient.id = :#{#q.patientId()})
            """;

    @Query(ENTRY + FILTER)
    Slice<PaymentEntry> search(PaymentQuery q, Pageable pageable);

    /** Every match, read from a cursor a few hundred rows at a time: exports that must not hold a whole table. */
    @QueryHints(@QueryHint(name = HINT_FETCH_SIZE, value = "500"))
    @Query(ENTRY + FILTER)
    Stream<PaymentEntry> stream(PaymentQuery q, Sort sort);

    @Query("""
            select new app.sorriso.billing.PaymentTotals(count(p),
                     coalesce(sum(case when p.status = app.sorriso.billing.PaymentStatus.PAID then p.amount end), 0),
                     coalesce(sum(case when p.status = app.sorriso.billing.PaymentStatus.PENDING
                                        and p.dueDate >= :#{#q.today()} then p.amount end), 0),
                     coalesce(sum(case when p.status = app.sorriso.billing.PaymentStatus.PENDING
                                        and p.dueDate < :#{#q.today()} then p.amount end), 0),
                     coalesce(sum(case when p.status = app.sorriso.billing.PaymentStatus.REFUNDED
                                        then p.amount end), 0))
            from Payment p
            """ + FILTER)
    PaymentTotals totals(PaymentQuery q);

    /** Count and sum per method and stored status, overdue ones counted apart: the financial report's summary. */
    @Query("""
            select new app.sorriso.billing.PaymentRepository$BreakdownRow(p.method, p.status,
                     count(p), coalesce(sum(p.amount), 0),
                     coalesce(sum(case when p.status = app.sorriso.billing.PaymentStatus.PENDING
                                        and p.dueDate < :#{#q.today()} then 1 else 0 end), 0),
                     coalesce(sum(case when p.status = app.sorriso.billing.PaymentStatus.PENDING
                                        and p.dueDate < :#{#q.today()} then p.amount else 0 end), 0))
            from Payment p
            """ + FILTER + """
            group by p.method, p.status""")
    List<BreakdownRow> breakdown(PaymentQuery q);

    record BreakdownRow(
            PaymentMethod method,
            PaymentStatus status,
            long count,
            java.math.BigDecimal amount,
            long overdueCount,
            java.math.BigDecimal overdueAmount) {

        /** The row as one or two states: a pending group splits into its overdue and not-yet-due parts. */
        Stream<PaymentBreakdown> states() {
            if (status != PaymentStatus.PENDING) {
                return Stream.of(new PaymentBreakdown(method, PaymentState.of(status, false), count, amount));
            }
            return Stream.of(
                            new PaymentBreakdown(
                                    method, PaymentState.PENDING, count - overdueCount, amount.subtract(overdueAmount)),
                            new PaymentBreakdown(method, PaymentState.OVERDUE, overdueCount, overdueAmount))
                    .filter(part -> part.count() > 0);
        }
    }

    @Query(ENTRY + "where pa.id = :patientId order by p.dueDate desc, p.id desc")
    List<PaymentEntry> findByPatient(long patientId);

    @Query(ENTRY + "where pa.userAccountId = :accountId order by p.dueDate desc, p.id desc")
    List<PaymentEntry> findByAccount(long accountId);

    @Query(ENTRY + "where p.id = :id")
    Optional<PaymentEntry> findEntry(long id);

    @Query(ENTRY + "where p.id = :id and pa.userAccountId = :accountId")
    Optional<PaymentEntry> findEntryOfAccount(long id, long accountId);
}
