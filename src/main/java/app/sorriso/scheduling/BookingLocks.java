package app.sorriso.scheduling;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets one booking at a time look at a professional's and a patient's time.
 *
 * <p>Without it, two receptionists booking the same minute both find the time free, both insert, and PostgreSQL's
 * exclusion constraints make each insert wait for the other's uncommitted row: a deadlock, reported as a failure
 * rather than as "that time was just taken". With these transaction-scoped advisory locks the second booking waits
 * at the start, then its overlap check sees the first one and names it. The constraints stay the guarantee; the
 * locks only make the refusal a friendly one. Professionals are always locked before patients, so two bookings can
 * never wait for each other.
 */
@Component
class BookingLocks {

    private static final int PROFESSIONAL = 1;
    private static final int PATIENT = 2;

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(propagation = Propagation.MANDATORY)
    void lock(long professionalId, long patientId) {
        take(PROFESSIONAL, professionalId);
        take(PATIENT, patientId);
    }

    private void take(int kind, long id) {
        // Two int keys keep professionals' and patients' locks apart; ids beyond int wrap, which costs at most a wait.
        entityManager
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, ?2)) taken")
                .setParameter(1, kind)
                .setParameter(2, (int) (id % Integer.MAX_VALUE))
                .getSingleResult();
    }
}
