package app.sorriso.patients;

import app.sorriso.base.ClinicException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one door to patient records. */
@Service
@Transactional(readOnly = true)
public class PatientService {

    private final PatientRepository patients;

    PatientService(PatientRepository patients) {
        this.patients = patients;
    }

    @Transactional
    public Patient register(Patient patient) {
        if (!Cpf.isValid(patient.getCpf())) {
            throw new ClinicException("patient.cpf.invalid");
        }
        return patients.saveAndFlush(patient);
    }

    public Optional<Patient> findById(long id) {
        return patients.findById(id);
    }

    public Optional<Patient> findByCpf(String cpf) {
        return patients.findByCpf(Cpf.digits(cpf));
    }

    public long count() {
        return patients.count();
    }
}
