package app.sorriso.demo;

import app.sorriso.patients.PatientService;
import app.sorriso.security.SystemTask;
import app.sorriso.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty clinic with fictional but plausible data so that a first run has something to show. It runs before
 * the admin bootstrap (which then finds the demo admin) and only when the clinic has no patients yet, so restarts
 * never duplicate it; it is all-or-nothing, in one transaction.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("sorriso.demo.enabled")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoClinic clinic;
    private final DemoPayments payments;
    private final DemoExams exams;
    private final PatientService patients;
    private final UserAccountService accounts;
    private final TransactionTemplate transaction;

    DemoDataSeeder(
            DemoClinic clinic,
            DemoPayments payments,
            DemoExams exams,
            PatientService patients,
            UserAccountService accounts,
            TransactionTemplate transaction) {
        this.clinic = clinic;
        this.payments = payments;
        this.exams = exams;
        this.patients = patients;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (patients.count() == 0 && accounts.findByEmail(DemoAccounts.ADMIN).isEmpty()) {
            long started = System.nanoTime();
            DemoClinic.Summary summary = SystemTask.run(() -> transaction.execute(status -> {
                DemoClinic.Summary people = clinic.build();
                return people.withPayments(people.payments() + payments.fill());
            }));
            // files are stored in transactions of their own, so they need the demo patient committed first
            SystemTask.run(() -> exams.fill(summary.portalPatientId()));
            log.info("Demo data created in {} ms: {}", (System.nanoTime() - started) / 1_000_000, summary);
        }
        log.info(
                "Demo logins (password {}): {} (admin), {} and {} (reception), {} to {} (dentists), {} (patient)",
                DemoAccounts.PASSWORD,
                DemoAccounts.ADMIN,
                DemoAccounts.RECEPTION,
                DemoAccounts.RECEPTION_2,
                DemoAccounts.DENTIST,
                DemoAccounts.dentist(4),
                DemoAccounts.PATIENT);
    }
}
