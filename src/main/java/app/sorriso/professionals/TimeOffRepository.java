package app.sorriso.professionals;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimeOffRepository extends JpaRepository<TimeOff, Long> {

    List<TimeOff> findByProfessionalIdOrderByStartsAtDesc(Long professionalId);
}
