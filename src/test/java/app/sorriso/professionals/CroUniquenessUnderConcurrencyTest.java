package app.sorriso.professionals;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.base.BrazilianState;
import app.sorriso.base.ClinicException;
import app.sorriso.security.SystemTask;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two administrators registering the same CRO at the same moment both pass the service's check; the table's unique
 * key stops the second, and the service explains that refusal the same way as the check does.
 */
@ClinicIntegrationTest
class CroUniquenessUnderConcurrencyTest {

    @Autowired
    ProfessionalService professionals;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_second_of_two_simultaneous_registrations_of_a_cro_is_refused_on_the_cro_field() throws Exception {
        String cro = "55" + System.nanoTime() % 10_000_000;
        CountDownLatch firstInserted = new CountDownLatch(1);
        // Two threads of its own: the common pool may have a single worker on a small machine.
        ExecutorService admins = Executors.newFixedThreadPool(2);

        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> SystemTask.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    professionals.save(new Professional(
                            "Dra. Primeira", BrazilianState.AM, cro, Specialty.ORTHODONTICS, "#16a34a"));
                    firstInserted.countDown();
                    // Keep the row uncommitted while the second registration checks and inserts.
                    sleep(1500);
                })),
                admins);
        assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(
                () -> SystemTask.run(() -> {
                    try {
                        professionals.save(new Professional(
                                "Dr. Segundo", BrazilianState.AM, cro, Specialty.ORTHODONTICS, "#dc2626"));
                        return null;
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }),
                admins);

        first.get(30, TimeUnit.SECONDS);
        admins.shutdown();
        assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(ClinicException.class, refusal -> {
            assertThat(refusal.getMessageKey()).isEqualTo("professional.cro.taken");
            assertThat(refusal.getField()).contains("croNumber");
        });
        assertThat(jdbc.queryForObject(
                        "select name from professional where cro_state = 'AM' and cro_number = ?", String.class, cro))
                .isEqualTo("Dra. Primeira");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
