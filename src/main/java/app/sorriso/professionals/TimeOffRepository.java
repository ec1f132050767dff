package app.sorriso.professionals;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimeOffRepository extends JpaRepository<TimeOff, Long> {

    List<TimeOff> findByProfessionalIdOrderByStartsAtDesc(Long professionalId);

    /** Time off that overlaps [from, to). */
    List<TimeOff> findByProfessionalIdAndStartsAtBeforeAndEndsAtAfterOrderByStartsAt(
            Long professionalId, Instant to, Instant from);

    List<TimeOff> findByProfessionalIdInAndStartsAtBeforeAndEndsAtAfterOrderByStartsAt(
            Collection<Long> professionalIds, Instant to, Instant from);
}
