package app.sorriso.professionals;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one door to the clinic's professionals and their working hours. */
@Service
@Transactional(readOnly = true)
public class ProfessionalService {

    private final ProfessionalRepository professionals;

    ProfessionalService(ProfessionalRepository professionals) {
        this.professionals = professionals;
    }

    @Transactional
    public Professional register(Professional professional) {
        return professionals.saveAndFlush(professional);
    }

    public Optional<Professional> findById(long id) {
        return professionals.findById(id);
    }

    public List<Professional> findActive() {
        return professionals.findByActiveTrueOrderByName();
    }
}
