package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.ClinicIntegrationTest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two administrators, the only two, each disabling the other at the same moment: one of them must stay. The first
 * change is held uncommitted while the second one runs, which is exactly when counting alone would see two admins.
 * The demo admins are disabled for the duration and restored afterwards, so other tests find the clinic as expected.
 */
@ClinicIntegrationTest
class LastAdminConcurrencyTest {

    @Autowired
    StaffAccountService staff;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void two_admins_disabling_each_other_at_once_leave_one_admin() throws Exception {
        UserAccount ana = SystemTask.run(() -> staff.create(StaffAccountServiceTest.draft("Ana", Role.ADMIN)));
        UserAccount bia = SystemTask.run(() -> staff.create(StaffAccountServiceTest.draft("Bia", Role.ADMIN)));
        List<Long> others = jdbc.queryForList(
                "select id from user_account where role = 'ADMIN' and enabled and id not in (?, ?)",
                Long.class,
                ana.getId(),
                bia.getId());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            others.forEach(id -> jdbc.update("update user_account set enabled = false where id = ?", id));
            CountDownLatch firstHolds = new CountDownLatch(1);
            CountDownLatch secondDone = new CountDownLatch(1);

            Future<Boolean> anaDisablesBia = pool.submit(as(
                    ana,
                    () -> transaction.execute(status -> {
                        staff.disable(bia.getId());
                        firstHolds.countDown();
                        await(secondDone);
                        return null;
                    })));
            Future<Boolean> biaDisablesAna = pool.submit(as(bia, () -> {
                await(firstHolds);
                try {
                    staff.disable(ana.getId());
                } finally {
                    secondDone.countDown();
                }
            }));

            int succeeded = (anaDisablesBia.get(30, TimeUnit.SECONDS) ? 1 : 0)
                    + (biaDisablesAna.get(30, TimeUnit.SECONDS) ? 1 : 0);
            assertThat(succeeded).isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from user_account where role = 'ADMIN' and enabled and id in (?, ?)",
                            Long.class,
                            ana.getId(),
                            bia.getId()))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
            others.forEach(id -> jdbc.update("update user_account set enabled = true where id = ?", id));
        }
    }

    /** Waits a little for the other side; a second change blocked by the lock never signals, and that is the point. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The work done by the given admin; true when it went through. */
    private Callable<Boolean> as(UserAccount admin, Runnable work) {
        ClinicUser user = new ClinicUser(accounts.findById(admin.getId()).orElseThrow());
        return () -> {
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            try {
                work.run();
                return true;
            } catch (app.sorriso.base.ClinicException refused) {
                return false;
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }
}
