package app.sorriso.professionals;

import app.sorriso.base.ClinicException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one door to the clinic's professionals and their working hours. Everyone on staff reads; admins change. */
@Service
@Transactional(readOnly = true)
public class ProfessionalService {

    static final String CRO_CONSTRAINT = "professional_cro_key";
    static final String ACCOUNT_CONSTRAINT = "professional_user_account_id_key";

    private final ProfessionalRepository professionals;
    private final Validator validator;

    ProfessionalService(ProfessionalRepository professionals, Validator validator) {
        this.professionals = professionals;
        this.validator = validator;
    }

    /** One page of the professionals matching the search; by name when the caller asks for no order. */
    public Page<Professional> search(ProfessionalSearch search, Pageable page) {
        Sort order = page.getSort().isSorted() ? page.getSort() : Sort.by("name");
        // The id breaks ties so that paging never shows a row twice or skips one.
        Sort stableOrder = order.and(Sort.by("id"));
        Pageable stable = page.isPaged()
                ? PageRequest.of(page.getPageNumber(), page.getPageSize(), stableOrder)
                : Pageable.unpaged(stableOrder);
        return professionals.findAll(search.toSpecification(), stable);
    }

    public Optional<Professional> findById(long id) {
        return professionals.findById(id);
    }

    public List<Professional> findActive() {
        return professionals.findByActiveTrueOrderByName();
    }

    /** The professional whose dentist logs in with this account, if any. */
    public Optional<Professional> findByAccount(long userAccountId) {
        return professionals.findByUserAccountId(userAccountId);
    }

    /** The same as {@link #save}, under the name the demo clinic and tests use for a first registration. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Professional register(Professional professional) {
        return store(professional);
    }

    /**
     * Creates or updates a professional. An edit made on a stale copy fails with Spring's optimistic-locking
     * exception, which the forms explain as "changed by someone else".
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Professional save(Professional professional) {
        return store(professional);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Professional deactivate(long id) {
        return changeStatus(id, false);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Professional reactivate(long id) {
        return changeStatus(id, true);
    }

    /**
     * Replaces all working hours of a professional. Overlapping periods on a day are refused here with the two
     * periods named; the table's exclusion constraint stays the guarantee.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Professional replaceWorkingHours(long id, List<WorkingPeriod> periods) {
        List<WorkingPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(WorkingPeriod::dayOfWeek).thenComparing(WorkingPeriod::startTime));
        for (int i = 1; i < sorted.size(); i++) {
            WorkingPeriod before = sorted.get(i - 1);
            WorkingPeriod after = sorted.get(i);
            if (before.overlaps(after)) {
                throw new ClinicException("professional.hours.overlap", before.interval(), after.interval());
            }
        }
        Professional professional = professionals.findById(id).orElseThrow(ProfessionalService::notFound);
        professional.setWorkingHours(sorted);
        return professionals.saveAndFlush(professional);
    }

    private Professional store(Professional professional) {
        var violations = validator.validate(professional);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        professionals
                .findByCroStateAndCroNumber(professional.getCroState(), professional.getCroNumber())
                .filter(other -> !other.getId().equals(professional.getId()))
                .ifPresent(other -> {
                    throw croTaken(professional);
                });
        if (professional.getUserAccountId() != null) {
            professionals
                    .findByUserAccountId(professional.getUserAccountId())
                    .filter(other -> !other.getId().equals(professional.getId()))
                    .ifPresent(other -> {
                        throw accountTaken();
                    });
        }
        try {
            return professionals.saveAndFlush(professional);
        } catch (DataIntegrityViolationException refused) {
            throw translate(refused, professional);
        }
    }

    /** Two admins saving the same CRO at once both pass the check above; the unique key stops the second. */
    private static RuntimeException translate(DataIntegrityViolationException refused, Professional professional) {
        String constraint = violatedConstraint(refused);
        if (CRO_CONSTRAINT.equals(constraint)) {
            return croTaken(professional);
        }
        if (ACCOUNT_CONSTRAINT.equals(constraint)) {
            return accountTaken();
        }
        return refused;
    }

    private static String violatedConstraint(Throwable error) {
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() == ConstraintKind.UNIQUE) {
                return violation.getConstraintName();
            }
        }
        return null;
    }

    private static ClinicException croTaken(Professional professional) {
        return ClinicException.onField("croNumber", "professional.cro.taken", professional.cro());
    }

    private static ClinicException accountTaken() {
        return ClinicException.onField("userAccountId", "professional.account.taken");
    }

    private Professional changeStatus(long id, boolean active) {
        Professional professional = professionals.findById(id).orElseThrow(ProfessionalService::notFound);
        professional.setActive(active);
        return professionals.saveAndFlush(professional);
    }

    private static ClinicException notFound() {
        return new ClinicException("professional.not-found");
    }
}
