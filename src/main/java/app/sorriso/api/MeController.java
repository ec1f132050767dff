package app.sorriso.api;

import app.sorriso.base.BrazilianState;
import app.sorriso.patients.Address;
import app.sorriso.patients.ContactChange;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Patient", description = "The logged-in patient's own data (PATIENT only)")
class MeController {

    private final PatientAccountService patients;

    MeController(PatientAccountService patients) {
        this.patients = patients;
    }

    @GetMapping
    @Operation(summary = "My record: identification, contacts and health alerts")
    Profile profile() {
        return Profile.of(patients.own());
    }

    @PutMapping("/contacts")
    @Operation(
            summary = "Replace my phone, address and emergency contact",
            description = "Fields left out are cleared. Name, CPF and birth date are changed only at the front desk.")
    Profile updateContacts(@RequestBody Contacts contacts) {
        return Profile.of(patients.updateOwnContacts(contacts.toChange()));
    }

    record Profile(
            long id,
            String name,
            String cpf,
            LocalDate birthDate,
            String email,
            String phone,
            AddressView address,
            String emergencyContactName,
            String emergencyContactPhone,
            String allergies,
            String conditions,
            String medications) {

        static Profile of(Patient patient) {
            return new Profile(
                    patient.getId(),
                    patient.getFullName(),
                    Cpf.format(patient.getCpf()),
                    patient.getBirthDate(),
                    patient.getEmail(),
                    patient.getPhone(),
                    AddressView.of(patient.getAddress()),
                    patient.getEmergencyContactName(),
                    patient.getEmergencyContactPhone(),
                    patient.getAllergies(),
                    patient.getConditions(),
                    patient.getMedications());
        }
    }

    record AddressView(
            String zipCode,
            String street,
            String number,
            String complement,
            String district,
            String city,
            BrazilianState state) {

        static AddressView of(Address address) {
            return new AddressView(
                    address.getZipCode(),
                    address.getStreet(),
                    address.getAddressNumber(),
                    address.getComplement(),
                    address.getDistrict(),
                    address.getCity(),
                    address.getState());
        }
    }

    record Contacts(String phone, AddressView address, String emergencyContactName, String emergencyContactPhone) {

        ContactChange toChange() {
            ContactChange change = new ContactChange();
            change.setPhone(phone);
            change.setEmergencyContactName(emergencyContactName);
            change.setEmergencyContactPhone(emergencyContactPhone);
            if (address != null) {
                Address target = change.getAddress();
                target.setZipCode(address.zipCode());
                target.setStreet(address.street());
                target.setAddressNumber(address.number());
                target.setComplement(address.complement());
                target.setDistrict(address.district());
                target.setCity(address.city());
                target.setState(address.state());
            }
            return change;
        }
    }
}
