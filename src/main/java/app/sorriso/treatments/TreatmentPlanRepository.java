package app.sorriso.treatments;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TreatmentPlanRepository extends JpaRepository<TreatmentPlan, Long> {

    /** The filters of the plans list, shared by the page and its count. */
    String SEARCH_FILTER = """
            where p.status in :statuses
              and (:professionalId is null or pr.id = :professionalId)
              and (:patientId is null or pa.id = :patientId)
              and (:pattern is null or pa.searchName like :pattern
                   or cast(function('clinic_search_text', p.name) as String) like :pattern)
            """;

    /**
     * The plan, its row locked until the transaction ends: changes to one plan (its steps' order above all) take
     * turns, so two people adding or moving steps at once cannot both take the same position.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from TreatmentPlan p where p.id = :id")
    Optional<TreatmentPlan> lockById(long id);

    @EntityGraph(attributePaths = {"patient", "professional", "steps"})
    @Query("select p from TreatmentPlan p where p.id = :id")
    Optional<TreatmentPlan> findWhole(long id);

    @EntityGraph(attributePaths = {"patient", "professional", "steps"})
    List<TreatmentPlan> findByPatientIdOrderByCreatedAtDesc(long patientId);

    /** A patient's plans in the given statuses, newest first. */
    @EntityGraph(attributePaths = {"patient", "professional", "steps"})
    List<TreatmentPlan> findByPatientIdAndStatusInOrderByCreatedAtDesc(long patientId, Collection<PlanStatus> statuses);

    /** One page of the plans list, each plan's progress summed in SQL; sorted by the page's aliased properties. */
    @Query("""
            select new app.sorriso.treatments.PlanRow(p.id, p.name, p.status, pa.id, pa.fullName, pr.id, pr.name,
                     p.createdAt, count(s), coalesce(sum(case when s.done then 1 else 0 end), 0),
                     coalesce(sum(s.cost), 0), coalesce(sum(case when s.done then s.cost else 0 end), 0))
            from TreatmentPlan p join p.patient pa join p.professional pr left join p.steps s
            """ + SEARCH_FILTER + """
            group by p.id, pa.id, pr.id""")
    Slice<PlanRow> search(
            Collection<PlanStatus> statuses, Long professionalId, Long patientId, String pattern, Pageable page);

    @Query("select count(p) from TreatmentPlan p join p.patient pa join p.professional pr " + SEARCH_FILTER)
    long countSearch(Collection<PlanStatus> statuses, Long professionalId, Long patientId, String pattern);
}
