package app.sorriso.demo;

import app.sorriso.base.BrazilianState;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientService;
import app.sorriso.patients.Sex;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.Specialty;
import app.sorriso.professionals.WorkingPeriod;
import app.sorriso.security.Role;
import app.sorriso.security.UserAccount;
import app.sorriso.security.UserAccountService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's people: staff accounts, four dentists with their hours, and sixty patients. Names and numbers are
 * invented (random CPFs with valid check digits); a fixed seed makes every fresh demo database look the same.
 */
@Component
class DemoClinic {

    private static final int PATIENT_COUNT = 60;
    private static final String[] ALLERGIES = {"Penicilina", "Látex", "Dipirona", "Anestésico com vasoconstritor"};
    private static final String[] CONDITIONS = {"Hipertensão", "Diabetes tipo 2", "Asma", "Gestante (2º trimestre)"};
    private static final String[] MEDICATIONS = {"Losartana 50 mg", "Metformina 850 mg", "AAS 100 mg", "Levotiroxina"};

    private final UserAccountService accounts;
    private final ProfessionalService professionals;
    private final PatientService patients;
    private final DemoAgenda agenda;
    private final DemoTreatments treatments;
    private final Clock clock;

    DemoClinic(
            UserAccountService accounts,
            ProfessionalService professionals,
            PatientService patients,
            DemoAgenda agenda,
            DemoTreatments treatments,
            Clock clock) {
        this.accounts = accounts;
        this.professionals = professionals;
        this.patients = patients;
        this.agenda = agenda;
        this.treatments = treatments;
        this.clock = clock;
    }

    Summary build() {
        Random random = new Random(20_261_203L);
        accounts.create("Patrícia Lemos", DemoAccounts.ADMIN, DemoAccounts.PASSWORD, Role.ADMIN);
        accounts.create("Juliana Prado", DemoAccounts.RECEPTION, DemoAccounts.PASSWORD, Role.RECEPTION);
        accounts.create("Bruno Cardoso", DemoAccounts.RECEPTION_2, DemoAccounts.PASSWORD, Role.RECEPTION);
        List<Professional> dentists = dentists();
        List<Patient> clinicPatients = patients(random);

        int appointments = agenda.fill(dentists, clinicPatients, random);
        DemoTreatments.Counts plans = treatments.fill(dentists, clinicPatients, random);
        return new Summary(
                dentists.size(),
                clinicPatients.size(),
                appointments,
                plans.plans(),
                plans.payments(),
                clinicPatients.getFirst().getId());
    }

    private List<Professional> dentists() {
        List<WorkingPeriod> weekdays = hours(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                "08:00-12:00",
                "13:30-18:00");
        List<WorkingPeriod> orthodontics =
                hours(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), "09:00-12:00", "14:00-19:00");
        List<WorkingPeriod> endodontics =
                new ArrayList<>(hours(List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), "08:00-12:00", "13:00-17:00"));
        endodontics.addAll(hours(List.of(DayOfWeek.SATURDAY), "08:00-12:00"));
        List<WorkingPeriod> implants = hours(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), "13:00-20:00");
        return List.of(
                dentist(1, "Dra. Helena Martins", "84213", Specialty.GENERAL_PRACTICE, "#0f766e", weekdays),
                dentist(2, "Dr. Rafael Nogueira", "90577", Specialty.ORTHODONTICS, "#7c3aed", orthodontics),
                dentist(3, "Dra. Camila Ferraz", "77341", Specialty.ENDODONTICS, "#db2777", endodontics),
                dentist(4, "Dr. Thiago Albuquerque", "102938", Specialty.IMPLANT_DENTISTRY, "#ea580c", implants));
    }

    private Professional dentist(
            int number, String name, String cro, Specialty specialty, String color, List<WorkingPeriod> hours) {
        UserAccount account = accounts.create(name, DemoAccounts.dentist(number), DemoAccounts.PASSWORD, Role.DENTIST);
        Professional professional = new Professional(name, BrazilianState.SP, cro, specialty, color);
        professional.setEmail(account.getEmail());
        professional.linkAccount(account.getId());
        professional.setWorkingHours(hours);
        return professionals.register(professional);
    }

    private static List<WorkingPeriod> hours(List<DayOfWeek> days, String... intervals) {
        List<WorkingPeriod> periods = new ArrayList<>();
        for (DayOfWeek day : days) {
            for (String interval : intervals) {
                String[] bounds = interval.split("-");
                periods.add(new WorkingPeriod(day, LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1])));
            }
        }
        return periods;
    }

    private List<Patient> patients(Random random) {
        Faker faker = new Faker(Locale.forLanguageTag("pt-BR"), random);
        LocalDate today = LocalDate.now(clock);
        List<Patient> created = new ArrayList<>();
        for (int i = 0; i < PATIENT_COUNT; i++) {
            boolean demoLogin = i == 0;
            String name = demoLogin
                    ? "Mariana Oliveira Santos"
                    : faker.name().firstName() + " " + faker.name().lastName() + " "
                            + faker.name().lastName();
            LocalDate birth = today.minusYears(4 + random.nextInt(80)).minusDays(random.nextInt(365));
            Patient patient = new Patient(name, Cpf.random(random), birth);
            patient.setSex(random.nextBoolean() ? Sex.FEMALE : Sex.MALE);
            patient.setPhone("(11) 9%04d-%04d".formatted(random.nextInt(10_000), random.nextInt(10_000)));
            patient.setEmail(demoLogin ? DemoAccounts.PATIENT : email(name, i));
            patient.getAddress().setZipCode("0%07d".formatted(1_000_000 + random.nextInt(8_999_999)));
            patient.getAddress().setStreet(faker.address().streetName());
            patient.getAddress().setAddressNumber(String.valueOf(10 + random.nextInt(2000)));
            patient.getAddress().setDistrict(faker.address().cityName());
            patient.getAddress().setCity("São Paulo");
            patient.getAddress().setState(BrazilianState.SP);
            patient.setEmergencyContactName(
                    faker.name().firstName() + " " + faker.name().lastName());
            patient.setEmergencyContactPhone(
                    "(11) 9%04d-%04d".formatted(random.nextInt(10_000), random.nextInt(10_000)));
            if (random.nextInt(4) == 0 || demoLogin) {
                patient.setAllergies(ALLERGIES[random.nextInt(ALLERGIES.length)]);
            }
            if (random.nextInt(5) == 0) {
                // The last condition (pregnancy) only for women.
                int conditions = patient.getSex() == Sex.FEMALE ? CONDITIONS.length : CONDITIONS.length - 1;
                patient.setConditions(CONDITIONS[random.nextInt(conditions)]);
                patient.setMedications(MEDICATIONS[random.nextInt(MEDICATIONS.length)]);
            }
            patient.recordConsent(clock.instant(), "2026-01");
            if (demoLogin) {
                UserAccount login = accounts.create(name, DemoAccounts.PATIENT, DemoAccounts.PASSWORD, Role.PATIENT);
                patient.linkAccount(login.getId());
            }
            created.add(patients.register(patient));
        }
        return created;
    }

    private static String email(String name, int index) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z ]", "");
        String[] parts = plain.split(" ");
        return parts[0] + "." + parts[parts.length - 1] + index + "@exemplo.com.br";
    }

    /** What was created; {@code portalPatientId} is the patient who logs in with the demo's patient login. */
    record Summary(int dentists, int patients, int appointments, int plans, int payments, long portalPatientId) {

        Summary withPayments(int total) {
            return new Summary(dentists, patients, appointments, plans, total, portalPatientId);
        }
    }
}
