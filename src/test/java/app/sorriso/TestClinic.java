package app.sorriso;

import app.sorriso.base.BrazilianState;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import app.sorriso.patients.PatientService;
import app.sorriso.patients.SignUp;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.Specialty;
import app.sorriso.security.SystemTask;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Fresh people for tests that write, so they never collide with the demo clinic or with each other in the shared
 * database.
 */
@Component
public class TestClinic {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A password that passes the policy, for the logins tests create. */
    public static final String PASSWORD = "uma senha de teste";

    private final PatientService patients;
    private final ProfessionalService professionals;
    private final PatientAccountService patientAccounts;
    private final UserDetailsService userDetails;

    TestClinic(
            PatientService patients,
            ProfessionalService professionals,
            PatientAccountService patientAccounts,
            UserDetailsService userDetails) {
        this.patients = patients;
        this.professionals = professionals;
        this.patientAccounts = patientAccounts;
        this.userDetails = userDetails;
    }

    public Patient newPatient() {
        String cpf = unusedCpf();
        Patient patient =
                new Patient("Paciente de Teste " + SEQUENCE.incrementAndGet(), cpf, LocalDate.of(1990, 5, 17));
        return SystemTask.run(() -> patients.register(patient));
    }

    /** A fresh person who signed up on the public site: a PATIENT login linked to a new record. */
    public Patient newPatientWithLogin() {
        SignUp form = new SignUp();
        int number = SEQUENCE.incrementAndGet();
        form.setFullName("Paciente com Acesso " + number);
        form.setEmail("paciente." + number + "." + ThreadLocalRandom.current().nextInt(1_000_000) + "@teste.sorriso");
        form.setCpf(unusedCpf());
        form.setPhone("(11) 98765-4321");
        form.setBirthDate(LocalDate.of(1985, 3, 9));
        form.setPassword(PASSWORD);
        form.setConsent(true);
        return patientAccounts.signUp(form);
    }

    /** A CPF with valid check digits that no record has yet. */
    public String unusedCpf() {
        String cpf;
        do {
            cpf = Cpf.random(ThreadLocalRandom.current());
        } while (patients.findByCpf(cpf).isPresent());
        return cpf;
    }

    /** Runs the work logged in as the account with this e-mail, as a browser session would be. */
    public <T> T as(String email, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }

    public Professional newProfessional() {
        String cro = String.valueOf(900_000
                + SEQUENCE.incrementAndGet() * 7
                + ThreadLocalRandom.current().nextInt(7));
        return SystemTask.run(() -> professionals.register(
                new Professional("Dra. Teste " + cro, BrazilianState.RJ, cro, Specialty.GENERAL_PRACTICE, "#123456")));
    }
}
