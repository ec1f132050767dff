package app.sorriso.patients;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Which fields an edit changed, for the audit trail. Only the names are written, never the values: the trail must not
 * become a second copy of the health data it protects.
 */
final class PatientChanges {

    private static final Map<String, Function<Patient, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("fullName", Patient::getFullName);
        FIELDS.put("cpf", Patient::getCpf);
        FIELDS.put("birthDate", Patient::getBirthDate);
        FIELDS.put("sex", Patient::getSex);
        FIELDS.put("phone", Patient::getPhone);
        FIELDS.put("email", Patient::getEmail);
        FIELDS.put("address", patient -> patient.getAddress().asLine());
        FIELDS.put(
                "emergencyContact",
                patient -> patient.getEmergencyContactName() + "|" + patient.getEmergencyContactPhone());
        FIELDS.put("allergies", Patient::getAllergies);
        FIELDS.put("conditions", Patient::getConditions);
        FIELDS.put("medications", Patient::getMedications);
        FIELDS.put("notes", Patient::getNotes);
        FIELDS.put("active", Patient::isActive);
    }

    private PatientChanges() {}

    /** "phone, allergies" for an edit that changed those two; an empty string when nothing changed. */
    static String between(Optional<Patient> stored, Patient edited) {
        StringJoiner changed = new StringJoiner(", ");
        stored.ifPresent(before -> FIELDS.forEach((name, value) -> {
            if (!Objects.equals(value.apply(before), value.apply(edited))) {
                changed.add(name);
            }
        }));
        return changed.toString();
    }
}
