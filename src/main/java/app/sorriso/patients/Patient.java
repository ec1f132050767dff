package app.sorriso.patients;

import app.sorriso.base.AbstractEntity;
import app.sorriso.base.BrazilianPhone;
import app.sorriso.base.Phones;
import app.sorriso.base.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** The clinic's record of a person it treats. A patient may never log in; {@code userAccountId} links one who does. */
@Entity
@Table(name = "patient")
public class Patient extends AbstractEntity {

    public static final int NAME_MAX = 150;
    public static final int HEALTH_ALERT_MAX = 1000;
    public static final int NOTES_MAX = 4000;

    @NotBlank(message = "{patient.name.required}")
    @Size(max = NAME_MAX)
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    /** The name as searches match it (lower case, no accents), computed by the database. */
    @Column(name = "search_name", insertable = false, updatable = false)
    private String searchName;

    @NotBlank(message = "{patient.cpf.required}")
    @ValidCpf
    @Column(nullable = false, length = 11)
    private String cpf;

    @NotNull(message = "{patient.birth-date.required}")
    @Past(message = "{patient.birth-date.past}")
    @PlausibleBirthDate
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Sex sex;

    @BrazilianPhone
    @Column(length = 20)
    private String phone;

    @Email(message = "{email.invalid}")
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Valid
    @Embedded
    private Address address = new Address();

    @Size(max = NAME_MAX)
    @Column(name = "emergency_contact_name", length = 150)
    private String emergencyContactName;

    @BrazilianPhone
    @Column(name = "emergency_contact_phone", length = 20)
    private String emergencyContactPhone;

    @Size(max = HEALTH_ALERT_MAX)
    @Column(length = HEALTH_ALERT_MAX)
    private String allergies;

    @Size(max = HEALTH_ALERT_MAX)
    @Column(length = HEALTH_ALERT_MAX)
    private String conditions;

    @Size(max = HEALTH_ALERT_MAX)
    @Column(length = HEALTH_ALERT_MAX)
    private String medications;

    @Size(max = NOTES_MAX)
    @Column(length = NOTES_MAX)
    private String notes;

    @Column(name = "consent_at")
    private Instant consentAt;

    @jakarta.persistence.Transient
    private boolean consentConfirmed;

    @Column(name = "consent_version", length = 20)
    private String consentVersion;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "user_account_id")
    private Long userAccountId;

    /** A blank record for the registration form. */
    public Patient() {}

    public Patient(String fullName, String cpf, LocalDate birthDate) {
        setFullName(fullName);
        setCpf(cpf);
        this.birthDate = birthDate;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.trim().replaceAll("\\s+", " ");
    }

    public String getCpf() {
        return cpf;
    }

    /** Keeps the digits of whatever was typed ("529.982.247-25" or "52998224725"). */
    public void setCpf(String cpf) {
        this.cpf = Cpf.digits(cpf);
    }

    /** Whether any health alert is recorded, which every screen that opens the patient must show prominently. */
    public boolean hasHealthAlerts() {
        return allergies != null || conditions != null || medications != null;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getPhone() {
        return phone;
    }

    /** Keeps the national digits of a valid number; an invalid one is kept as typed for validation to report. */
    public void setPhone(String phone) {
        this.phone = Phones.normalize(phone).orElse(Texts.blankToNull(phone));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Texts.blankToNull(email == null ? null : email.trim());
    }

    /** Never null: Hibernate leaves an all-empty address null on load, and forms bind to its parts. */
    public Address getAddress() {
        if (address == null) {
            address = new Address();
        }
        return address;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactName(String name) {
        this.emergencyContactName = Texts.blankToNull(name);
    }

    public void setEmergencyContactPhone(String phone) {
        this.emergencyContactPhone = Phones.normalize(phone).orElse(Texts.blankToNull(phone));
    }

    public String getAllergies() {
        return allergies;
    }

    public void setAllergies(String allergies) {
        this.allergies = Texts.blankToNull(allergies);
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = Texts.blankToNull(conditions);
    }

    public String getMedications() {
        return medications;
    }

    public void setMedications(String medications) {
        this.medications = Texts.blankToNull(medications);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = Texts.blankToNull(notes);
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    /** Whether the patient accepted the privacy notice, or the desk has just confirmed they did. */
    public boolean isConsentGiven() {
        return consentAt != null || consentConfirmed;
    }

    /** The desk confirms the patient accepted the notice; the service stamps when and which version on save. */
    public void setConsentGiven(boolean given) {
        this.consentConfirmed = given && consentAt == null;
    }

    boolean isConsentPending() {
        return consentConfirmed && consentAt == null;
    }

    public void recordConsent(Instant when, String noticeVersion) {
        this.consentConfirmed = false;
        this.consentAt = when;
        this.consentVersion = noticeVersion;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getUserAccountId() {
        return userAccountId;
    }

    public void linkAccount(Long userAccountId) {
        this.userAccountId = userAccountId;
    }
}
