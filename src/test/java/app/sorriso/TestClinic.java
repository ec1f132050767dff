package app.sorriso;

import app.sorriso.base.BrazilianState;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.Specialty;
import app.sorriso.security.SystemTask;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Fresh people for tests that write, so they never collide with the demo clinic or with each other in the shared
 * database.
 */
@Component
public class TestClinic {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PatientService patients;
    private final ProfessionalService professionals;

    TestClinic(PatientService patients, ProfessionalService professionals) {
        this.patients = patients;
        this.professionals = professionals;
    }

    public Patient newPatient() {
        String cpf;
        do {
            cpf = Cpf.random(ThreadLocalRandom.current());
        } while (patients.findByCpf(cpf).isPresent());
        Patient patient =
                new Patient("Paciente de Teste " + SEQUENCE.incrementAndGet(), cpf, LocalDate.of(1990, 5, 17));
        return SystemTask.run(() -> patients.register(patient));
    }

    public Professional newProfessional() {
        String cro = String.valueOf(900_000
                + SEQUENCE.incrementAndGet() * 7
                + ThreadLocalRandom.current().nextInt(7));
        return SystemTask.run(() -> professionals.register(
                new Professional("Dra. Teste " + cro, BrazilianState.RJ, cro, Specialty.GENERAL_PRACTICE, "#123456")));
    }
}
