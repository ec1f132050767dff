package app.sorriso.treatments;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface TreatmentPlanRepository extends JpaRepository<TreatmentPlan, Long> {

    /** A patient's plans, newest first, in the given statuses, with professional and steps in one go. */
    @EntityGraph(attributePaths = {"professional", "steps"})
    List<TreatmentPlan> findByPatientIdAndStatusInOrderByCreatedAtDesc(long patientId, List<PlanStatus> statuses);
}
