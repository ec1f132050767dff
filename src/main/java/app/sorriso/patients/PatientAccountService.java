package app.sorriso.patients;

import app.sorriso.audit.AuditAction;
import app.sorriso.audit.AuditService;
import app.sorriso.base.ClinicException;
import app.sorriso.base.DatabaseRefusals;
import app.sorriso.security.CurrentUser;
import app.sorriso.security.UserAccount;
import app.sorriso.security.UserAccountService;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's own door: signing up, and the record behind a patient's login, which every other module asks for
 * before showing a patient anything. A patient reaches only the record linked to their own account.
 */
@Service
@Transactional(readOnly = true)
public class PatientAccountService {

    static final String PATIENT = "hasRole('PATIENT')";

    private final PatientRepository patients;
    private final UserAccountService accounts;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final String privacyNoticeVersion;

    PatientAccountService(
            PatientRepository patients,
            UserAccountService accounts,
            AuditService audit,
            CurrentUser currentUser,
            Validator validator,
            Clock clock,
            @Value("${sorriso.privacy.notice-version}") String privacyNoticeVersion) {
        this.patients = patients;
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
        this.privacyNoticeVersion = privacyNoticeVersion;
    }

    /**
     * A login and a record for someone who signs up on the public site (hence no role check: it is the public door).
     * Someone the desk already registered, with the same CPF and birth date, gets their existing record linked to the
     * new login instead of a duplicate. A CPF that cannot be used (already linked to a login, or registered with
     * another birth date) is refused with the same words either way, so the form tells nobody whose CPF it is.
     */
    @Transactional
    public Patient signUp(SignUp form) {
        refuseInvalid(form);
        Optional<Patient> existing = patients.findByCpf(Cpf.digits(form.getCpf()));
        if (existing.isPresent() && !claimable(existing.get(), form)) {
            throw ClinicException.onField("cpf", "signup.cpf-unavailable");
        }
        UserAccount account = accounts.registerPatient(form.getFullName(), form.getEmail(), form.getPassword());

        Patient patient = existing.orElseGet(() -> newRecord(form));
        patient.linkAccount(account.getId());
        patient.setEmail(account.getEmail());
        if (patient.getPhone() == null) {
            patient.setPhone(form.getPhone());
        }
        patient.recordConsent(clock.instant(), privacyNoticeVersion);
        Patient saved = saveRefusingDuplicates(patient);
        audit.record(
                AuditAction.PATIENT_SIGNED_UP,
                saved.getId(),
                existing.isPresent() ? "linked to the record made at the desk" : "new record");
        return saved;
    }

    private static boolean claimable(Patient registered, SignUp form) {
        return registered.getUserAccountId() == null
                && registered.getBirthDate().equals(form.getBirthDate());
    }

    private static Patient newRecord(SignUp form) {
        Patient patient = new Patient(form.getFullName(), form.getCpf(), form.getBirthDate());
        patient.setPhone(form.getPhone());
        return patient;
    }

    /** The logged-in patient's own record. */
    @PreAuthorize(PATIENT)
    public Patient own() {
        long accountId = currentUser.require().accountId();
        return patients.findByUserAccountId(accountId).orElseThrow(() -> new ClinicException("me.no-record"));
    }

    /** The id of the logged-in patient's own record: what other modules compare a requested record against. */
    @PreAuthorize(PATIENT)
    public long ownId() {
        return own().getId();
    }

    /** The patient keeps their phone, address and emergency contact up to date. */
    @Transactional
    @PreAuthorize(PATIENT)
    public Patient updateOwnContacts(ContactChange change) {
        refuseInvalid(change);
        Patient patient = own();
        Optional<Patient> before = Optional.of(copyOfContacts(patient));
        change.applyTo(patient);
        String changed = PatientChanges.between(before, patient);
        Patient saved = patients.saveAndFlush(patient);
        if (!changed.isEmpty()) {
            audit.record(AuditAction.CONTACTS_UPDATED, saved.getId(), changed);
        }
        return saved;
    }

    /** A new login e-mail, which is also the record's contact e-mail; the current password must be given. */
    @Transactional
    @PreAuthorize(PATIENT)
    public Patient changeOwnEmail(String currentPassword, String newEmail) {
        SignUp probe = new SignUp();
        probe.setEmail(newEmail);
        refuseInvalid(validator.validateProperty(probe, "email"));
        UserAccount account = accounts.changeOwnEmail(currentPassword, newEmail);
        Patient patient = own();
        patient.setEmail(account.getEmail());
        audit.record(AuditAction.CONTACTS_UPDATED, patient.getId(), "email");
        return patients.saveAndFlush(patient);
    }

    private static Patient copyOfContacts(Patient patient) {
        Patient copy = new Patient(patient.getFullName(), patient.getCpf(), patient.getBirthDate());
        copy.setSex(patient.getSex());
        copy.setEmail(patient.getEmail());
        copy.setAllergies(patient.getAllergies());
        copy.setConditions(patient.getConditions());
        copy.setMedications(patient.getMedications());
        copy.setNotes(patient.getNotes());
        copy.setActive(patient.isActive());
        ContactChange.of(patient).applyTo(copy);
        return copy;
    }

    private <T> void refuseInvalid(T bean) {
        refuseInvalid(validator.validate(bean));
    }

    /** The first broken rule, by field name so the order is stable, as a refusal next to that field. */
    private static <T> void refuseInvalid(java.util.Set<ConstraintViolation<T>> violations) {
        violations.stream()
                .min(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    String template = violation.getMessageTemplate();
                    String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
                    throw ClinicException.onField(violation.getPropertyPath().toString(), key);
                });
    }

    /** Two sign-ups with one CPF at the same moment: the unique constraints decide, with the same refusal. */
    private Patient saveRefusingDuplicates(Patient patient) {
        try {
            return patients.saveAndFlush(patient);
        } catch (DataIntegrityViolationException refused) {
            if (DatabaseRefusals.isDuplicate(refused)) {
                throw ClinicException.onField("cpf", "signup.cpf-unavailable");
            }
            throw refused;
        }
    }
}
