package app.sorriso.treatments;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TreatmentStepRepository extends JpaRepository<TreatmentStep, Long> {

    @Query("select s.plan.id from TreatmentStep s where s.id = :stepId")
    Optional<Long> findPlanId(long stepId);
}
