package app.sorriso.patients;

import app.sorriso.base.BrazilianPhone;
import app.sorriso.base.Phones;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The contact data a patient keeps up to date themself: phone, address and emergency contact. Name, CPF and birth
 * date identify the record and are changed only at the desk; health data is the clinic's to write.
 */
public class ContactChange {

    @NotBlank(message = "{signup.phone.required}")
    @BrazilianPhone
    private String phone;

    @Valid
    private Address address = new Address();

    @Size(max = Patient.NAME_MAX)
    private String emergencyContactName;

    @BrazilianPhone
    private String emergencyContactPhone;

    /** The patient's current data, to edit. */
    public static ContactChange of(Patient patient) {
        ContactChange change = new ContactChange();
        change.phone = Phones.format(patient.getPhone());
        change.address = patient.getAddress().copy();
        change.emergencyContactName = patient.getEmergencyContactName();
        change.emergencyContactPhone = Phones.format(patient.getEmergencyContactPhone());
        return change;
    }

    void applyTo(Patient patient) {
        patient.setPhone(phone);
        patient.getAddress().copyFrom(address);
        patient.setEmergencyContactName(emergencyContactName);
        patient.setEmergencyContactPhone(emergencyContactPhone);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Address getAddress() {
        return address;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String emergencyContactName) {
        this.emergencyContactName = emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String emergencyContactPhone) {
        this.emergencyContactPhone = emergencyContactPhone;
    }
}
