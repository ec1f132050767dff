package app.sorriso.patients;

import static app.sorriso.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.security.Role;
import app.sorriso.security.UserAccount;
import app.sorriso.security.UserAccountService;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing up on the public site: what is checked, what is stored, and what a refusal does not give away. */
@ClinicIntegrationTest
class PatientSignUpTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    PatientAccountService signUps;

    @Autowired
    PatientService patients;

    @Autowired
    UserAccountService accounts;

    @Autowired
    TestClinic clinic;

    private SignUp form() {
        SignUp form = new SignUp();
        form.setFullName("Ana Beatriz Cunha");
        form.setEmail("ana.cunha." + SEQUENCE.incrementAndGet() + "@teste.sorriso");
        form.setCpf(clinic.unusedCpf());
        form.setPhone("(21) 99876-1234");
        form.setBirthDate(LocalDate.of(1992, 8, 14));
        form.setPassword("jabuticaba no quintal");
        form.setConsent(true);
        return form;
    }

    @Test
    void a_new_person_gets_a_patient_login_and_a_record_with_the_consent_they_gave() {
        SignUp form = form();
        form.setEmail("  Ana.Nova." + SEQUENCE.incrementAndGet() + "@Teste.Sorriso ");

        Patient patient = signUps.signUp(form);

        UserAccount login = accounts.findById(patient.getUserAccountId()).orElseThrow();
        assertThat(login.getRole()).isEqualTo(Role.PATIENT);
        assertThat(login.getEmail()).isEqualTo(form.getEmail().strip().toLowerCase(Locale.ROOT));
        assertThat(patient.getEmail()).isEqualTo(login.getEmail());
        assertThat(patient.getCpf()).isEqualTo(Cpf.digits(form.getCpf()));
        assertThat(patient.getPhone()).isEqualTo("21998761234");
        assertThat(patient.getConsentAt()).isNotNull();
        assertThat(patient.getConsentVersion()).isEqualTo("2026-01");
    }

    @Test
    void someone_the_desk_registered_is_linked_to_their_record_not_duplicated() {
        Patient atTheDesk = clinic.newPatient();
        long before = patients.count();
        SignUp form = form();
        form.setCpf(Cpf.format(atTheDesk.getCpf()));
        form.setBirthDate(atTheDesk.getBirthDate());

        Patient signedUp = signUps.signUp(form);

        assertThat(signedUp.getId()).isEqualTo(atTheDesk.getId());
        assertThat(signedUp.getFullName()).isEqualTo(atTheDesk.getFullName());
        assertThat(signedUp.getUserAccountId()).isNotNull();
        assertThat(patients.count()).isEqualTo(before);
    }

    @Test
    void a_cpf_already_linked_or_registered_with_another_birth_date_gets_one_answer_that_names_nobody() {
        Patient linked = clinic.newPatientWithLogin();
        Patient otherBirthDate = clinic.newPatient();

        SignUp sameCpf = form();
        sameCpf.setCpf(linked.getCpf());
        sameCpf.setBirthDate(linked.getBirthDate());
        SignUp wrongBirth = form();
        wrongBirth.setCpf(otherBirthDate.getCpf());
        wrongBirth.setBirthDate(otherBirthDate.getBirthDate().plusDays(1));

        assertRefused(() -> signUps.signUp(sameCpf), "cpf", "signup.cpf-unavailable");
        assertRefused(() -> signUps.signUp(wrongBirth), "cpf", "signup.cpf-unavailable");
        assertThat(accounts.findByEmail(sameCpf.getEmail())).isEmpty();
        assertThat(accounts.findByEmail(wrongBirth.getEmail())).isEmpty();
        assertThat(patients.findById(otherBirthDate.getId()).orElseThrow().getUserAccountId())
                .isNull();
    }

    @Test
    void an_e_mail_in_use_is_refused_with_the_same_words_as_for_staff_and_nothing_is_stored() {
        SignUp form = form();
        form.setEmail("RECEPCAO@sorriso.demo");

        assertRefused(() -> signUps.signUp(form), "email", "account.email-taken");
        assertThat(patients.findByCpf(form.getCpf())).isEmpty();
    }

    @Test
    void each_field_is_checked_and_the_refusal_names_it() {
        SignUp badCpf = form();
        badCpf.setCpf("111.111.111-11");
        SignUp noConsent = form();
        noConsent.setConsent(false);
        SignUp commonPassword = form();
        commonPassword.setPassword("Senha123");
        SignUp shortPassword = form();
        shortPassword.setPassword("curta");
        SignUp badPhone = form();
        badPhone.setPhone("123");
        SignUp future = form();
        future.setBirthDate(LocalDate.now().plusDays(1));
        SignUp badEmail = form();
        badEmail.setEmail("ana@");

        assertRefused(() -> signUps.signUp(badCpf), "cpf", "patient.cpf.invalid");
        assertRefused(() -> signUps.signUp(noConsent), "consent", "signup.consent.required");
        assertRefused(() -> signUps.signUp(commonPassword), "password", "password.too-common");
        assertRefused(() -> signUps.signUp(shortPassword), "password", "password.too-short");
        assertRefused(() -> signUps.signUp(badPhone), "phone", "phone.invalid");
        assertRefused(() -> signUps.signUp(future), "birthDate", "patient.birth-date.past");
        assertRefused(() -> signUps.signUp(badEmail), "email", "account.email.invalid");
    }

    @Test
    void a_patient_changes_their_login_e_mail_only_with_their_current_password() {
        Patient patient = clinic.newPatientWithLogin();
        String email =
                accounts.findById(patient.getUserAccountId()).orElseThrow().getEmail();
        String newEmail = "novo." + SEQUENCE.incrementAndGet() + "@teste.sorriso";

        clinic.as(
                email,
                () -> assertRefused(
                        () -> signUps.changeOwnEmail("not my password", newEmail),
                        "currentPassword",
                        "password.current-wrong"));
        clinic.as(
                email,
                () -> assertRefused(
                        () -> signUps.changeOwnEmail(TestClinic.PASSWORD, "admin@sorriso.demo"),
                        "email",
                        "account.email-taken"));
        Patient changed = clinic.as(email, () -> signUps.changeOwnEmail(TestClinic.PASSWORD, newEmail));

        assertThat(changed.getEmail()).isEqualTo(newEmail);
        assertThat(accounts.findByEmail(newEmail)).isPresent();
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void a_patient_updates_their_own_contacts_but_not_their_identity() {
        Patient patient = clinic.newPatientWithLogin();
        String email =
                accounts.findById(patient.getUserAccountId()).orElseThrow().getEmail();
        ContactChange change = clinic.as(email, () -> ContactChange.of(signUps.own()));
        change.setPhone("(31) 3222-1100");
        change.getAddress().setCity("Belo Horizonte");
        change.setEmergencyContactName("Rita Cunha");

        Patient updated = clinic.as(email, () -> signUps.updateOwnContacts(change));

        assertThat(updated.getPhone()).isEqualTo("3132221100");
        assertThat(updated.getAddress().getCity()).isEqualTo("Belo Horizonte");
        assertThat(updated.getEmergencyContactName()).isEqualTo("Rita Cunha");
        assertThat(updated.getFullName()).isEqualTo(patient.getFullName());
    }
}
