package app.sorriso.professionals;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfessionalRepository extends JpaRepository<Professional, Long> {

    List<Professional> findByActiveTrueOrderByName();
}
