package app.sorriso.patients;

import app.sorriso.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The clinic's record of a person it treats. A patient may never log in; {@code userAccountId} links one who does. */
@Entity
@Table(name = "patient")
public class Patient extends AbstractEntity {

    public static final int NAME_MAX = 150;
    public static final int HEALTH_ALERT_MAX = 1000;
    public static final int NOTES_MAX = 4000;

    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Column(nullable = false, length = 11)
    private String cpf;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Sex sex;

    @Column(length = 20)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(name = "zip_code", length = 8)
    private String zipCode;

    @Column(length = 150)
    private String street;

    @Column(name = "address_number", length = 20)
    private String addressNumber;

    @Column(length = 80)
    private String complement;

    @Column(length = 80)
    private String district;

    @Column(length = 80)
    private String city;

    @Column(length = 2)
    private String state;

    @Column(name = "emergency_contact_name", length = 150)
    private String emergencyContactName;

    @Column(name = "emergency_contact_phone", length = 20)
    private String emergencyContactPhone;

    @Column(length = HEALTH_ALERT_MAX)
    private String allergies;

    @Column(length = HEALTH_ALERT_MAX)
    private String conditions;

    @Column(length = HEALTH_ALERT_MAX)
    private String medications;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_version", length = 20)
    private String consentVersion;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "user_account_id")
    private Long userAccountId;

    protected Patient() {}

    public Patient(String fullName, String cpf, LocalDate birthDate) {
        this.fullName = fullName;
        this.cpf = Cpf.digits(cpf);
        this.birthDate = birthDate;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCpf() {
        return cpf;
    }

    public void setCpf(String cpf) {
        this.cpf = Cpf.digits(cpf);
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

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getZipCode() {
        return zipCode;
    }

    public String getStreet() {
        return street;
    }

    public String getAddressNumber() {
        return addressNumber;
    }

    public String getComplement() {
        return complement;
    }

    public String getDistrict() {
        return district;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public void setAddress(
            String zipCode,
            String street,
            String number,
            String complement,
            String district,
            String city,
            String state) {
        this.zipCode = zipCode == null ? null : zipCode.replaceAll("\\D", "");
        this.street = street;
        this.addressNumber = number;
        this.complement = complement;
        this.district = district;
        this.city = city;
        this.state = state;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContact(String name, String phone) {
        this.emergencyContactName = name;
        this.emergencyContactPhone = phone;
    }

    public String getAllergies() {
        return allergies;
    }

    public void setAllergies(String allergies) {
        this.allergies = allergies;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getMedications() {
        return medications;
    }

    public void setMedications(String medications) {
        this.medications = medications;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public void recordConsent(Instant when, String noticeVersion) {
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
