package app.sorriso.patients;

import app.sorriso.audit.AuditAction;
import app.sorriso.audit.AuditService;
import app.sorriso.base.ClinicException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to patient records. Reception and admin keep them; dentists read them; each opening and each change
 * goes into the audit trail. A patient with any history is never deleted, only deactivated: clinical records are kept.
 */
@Service
@Transactional(readOnly = true)
public class PatientService {

    static final String STAFF = "hasAnyRole('ADMIN', 'RECEPTION', 'DENTIST')";
    static final String DESK = "hasAnyRole('ADMIN', 'RECEPTION')";

    private final PatientRepository patients;
    private final AuditService audit;
    private final Clock clock;
    private final String privacyNoticeVersion;

    PatientService(
            PatientRepository patients,
            AuditService audit,
            Clock clock,
            @Value("${sorriso.privacy.notice-version}") String privacyNoticeVersion) {
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
        this.privacyNoticeVersion = privacyNoticeVersion;
    }

    /** One page of matches, without counting them all: what a lazy grid asks for as it scrolls. */
    @PreAuthorize(STAFF)
    public Slice<Patient> search(PatientSearch search, Pageable pageable) {
        return patients.findBy(search.toSpecification(), query -> query.slice(search.ordered(pageable)));
    }

    @PreAuthorize(STAFF)
    public long count(PatientSearch search) {
        return patients.count(search.toSpecification());
    }

    /** The record as a person opens it on screen, which the audit trail notes (hence a writing transaction). */
    @Transactional
    @PreAuthorize(STAFF)
    public Optional<Patient> open(long id) {
        Optional<Patient> patient = patients.findById(id);
        patient.ifPresent(found -> audit.record(AuditAction.PATIENT_VIEWED, id, null));
        return patient;
    }

    /** Creates or updates a record; a CPF that belongs to someone else is refused on the CPF field. */
    @Transactional
    @PreAuthorize(DESK)
    public Patient save(Patient patient) {
        if (!Cpf.isValid(patient.getCpf())) {
            throw ClinicException.onField("cpf", "patient.cpf.invalid");
        }
        patients.findByCpf(patient.getCpf())
                .filter(other -> !other.getId().equals(patient.getId()))
                .ifPresent(other -> {
                    throw ClinicException.onField("cpf", "patient.cpf.taken");
                });
        if (patient.isConsentPending()) {
            patient.recordConsent(clock.instant(), privacyNoticeVersion);
        }
        String changes = patient.isNew() ? null : PatientChanges.between(patients.findById(patient.getId()), patient);
        Patient saved;
        try {
            saved = patients.saveAndFlush(patient);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("patient_cpf_key")) {
                throw ClinicException.onField("cpf", "patient.cpf.taken");
            }
            throw e;
        }
        audit.record(
                changes == null ? AuditAction.PATIENT_CREATED : AuditAction.PATIENT_UPDATED, saved.getId(), changes);
        return saved;
    }

    /** What removing the patient would do: deactivate (there is history) or delete (there is none). */
    @PreAuthorize(DESK)
    public boolean hasHistory(long id) {
        return patients.hasHistory(id);
    }

    /** Deletes a record without history, or deactivates one with history. */
    @Transactional
    @PreAuthorize(DESK)
    public Removal remove(long id) {
        Patient patient = patients.findById(id).orElseThrow();
        if (patients.hasHistory(id)) {
            patient.setActive(false);
            audit.record(AuditAction.PATIENT_DEACTIVATED, id, null);
            return Removal.DEACTIVATED;
        }
        patients.delete(patient);
        patients.flush();
        audit.record(AuditAction.PATIENT_DELETED, null, "patient " + id);
        return Removal.DELETED;
    }

    @Transactional
    @PreAuthorize(DESK)
    public Patient reactivate(long id) {
        Patient patient = patients.findById(id).orElseThrow();
        patient.setActive(true);
        audit.record(AuditAction.PATIENT_REACTIVATED, id, null);
        return patient;
    }

    /** For other modules' services, which apply their own rules about who may see what. */
    public Optional<Patient> findById(long id) {
        return patients.findById(id);
    }

    public Optional<Patient> findByCpf(String cpf) {
        return patients.findByCpf(Cpf.digits(cpf));
    }

    public long count() {
        return patients.count();
    }

    /** Registration outside the desk's forms (demo data, imports): same rules as {@link #save}. */
    @Transactional
    @PreAuthorize(DESK)
    public Patient register(Patient patient) {
        return save(patient);
    }

    public enum Removal {
        DELETED,
        DEACTIVATED
    }
}
