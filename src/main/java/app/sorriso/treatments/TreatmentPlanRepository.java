package app.sorriso.treatments;

import org.springframework.data.jpa.repository.JpaRepository;

interface TreatmentPlanRepository extends JpaRepository<TreatmentPlan, Long> {}
