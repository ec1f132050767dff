package app.sorriso.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing an attacker a way to lock a real person out.
 *
 * <ul>
 *   <li>Per address, every attempt counts ({@value #ADDRESS_ATTEMPTS} per {@link #ADDRESS_WINDOW}, or as configured):
 *       one machine cannot try many passwords, nor keep the server busy hashing them.
 *   <li>Per account, only failures count ({@value #ACCOUNT_FAILURES} per {@link #ACCOUNT_WINDOW}, then one more every
 *       few minutes), so guessing one person's password from many machines stays slow.
 *   <li>An address this account logged in from recently has its own allowance for that account instead of sharing the
 *       account's: a stranger draining the account's allowance does not stop its owner on their usual phone or desk.
 * </ul>
 *
 * A refused attempt is told when to try again, and every allowance refills by itself within minutes, so nobody stays
 * locked out once the guessing stops. The counts live in this instance's memory (bounded, expiring): several
 * instances would each count on their own.
 */
@Component
public class LoginThrottle {

    static final int ADDRESS_ATTEMPTS = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5);
    static final int ACCOUNT_FAILURES = 5;
    static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    static final Duration TRUSTED_FOR = Duration.ofDays(30);
    private static final int MAX_ENTRIES = 100_000;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final TimeMeter time;
    private final int addressAttempts;
    private final Cache<String, Bucket> addresses = cache(ADDRESS_WINDOW);
    private final Cache<String, Bucket> accounts = cache(ACCOUNT_WINDOW);
    private final Cache<String, Bucket> trustedPairs = cache(ACCOUNT_WINDOW);
    private final Cache<String, Boolean> trusted = Caffeine.newBuilder()
            .expireAfterWrite(TRUSTED_FOR)
            .maximumSize(MAX_ENTRIES)
            .build();

    /**
     * @param addressAttempts the allowance per address; a clinic whose staff all reach the app through one address
     *     (or a test run driving many logins from one machine) may need more than the default
     */
    @Autowired
    public LoginThrottle(
            @Value("${sorriso.security.login-attempts-per-address:" + ADDRESS_ATTEMPTS + "}") int addressAttempts) {
        this(TimeMeter.SYSTEM_MILLISECONDS, addressAttempts);
    }

    LoginThrottle(TimeMeter time) {
        this(time, ADDRESS_ATTEMPTS);
    }

    private LoginThrottle(TimeMeter time, int addressAttempts) {
        this.time = time;
        this.addressAttempts = addressAttempts;
    }

    /**
     * Lets an attempt go ahead, or refuses it with the time to wait. Counts the attempt against the address.
     *
     * @throws TooManyLoginAttemptsException when the address or the account has used its allowance
     */
    public void check(String email, String address) {
        Bucket byAddress = addresses.get(address, key -> bucket(addressAttempts, ADDRESS_WINDOW));
        EstimationProbe account = failuresOf(email, address).estimateAbilityToConsume(1);
        if (!account.canBeConsumed()) {
            log.warn("Login refused: too many failures for one account");
            throw new TooManyLoginAttemptsException(Duration.ofNanos(account.getNanosToWaitForRefill()));
        }
        var attempt = byAddress.tryConsumeAndReturnRemaining(1);
        if (!attempt.isConsumed()) {
            log.warn("Login refused: too many attempts from one address");
            throw new TooManyLoginAttemptsException(Duration.ofNanos(attempt.getNanosToWaitForRefill()));
        }
    }

    /** A wrong password (or an unknown or disabled account, which must look the same). */
    public void failed(String email, String address) {
        failuresOf(email, address).tryConsume(1);
    }

    /** The right password: this address is now one of the account's own. */
    public void succeeded(String email, String address) {
        trusted.put(pair(email, address), Boolean.TRUE);
    }

    private Bucket failuresOf(String email, String address) {
        String pair = pair(email, address);
        if (trusted.getIfPresent(pair) != null) {
            return trustedPairs.get(pair, key -> bucket(ACCOUNT_FAILURES, ACCOUNT_WINDOW));
        }
        return accounts.get(normalize(email), key -> bucket(ACCOUNT_FAILURES, ACCOUNT_WINDOW));
    }

    private Bucket bucket(int capacity, Duration window) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, window)
                        .build())
                .withCustomTimePrecision(time)
                .build();
    }

    /** An idle entry outlives its window by nothing: by then its bucket would be full again anyway. */
    private static Cache<String, Bucket> cache(Duration window) {
        return Caffeine.newBuilder()
                .expireAfterAccess(window)
                .maximumSize(MAX_ENTRIES)
                .build();
    }

    private static String pair(String email, String address) {
        return normalize(email) + " " + address;
    }

    private static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
