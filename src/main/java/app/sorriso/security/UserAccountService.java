package app.sorriso.security;

import app.sorriso.base.ClinicException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds user accounts. Passwords enter here in clear and leave only as hashes. */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public UserAccount create(String name, String email, String password, Role role) {
        PasswordPolicy.check(password);
        String normalizedEmail = email.trim().toLowerCase(Locale.ROOT);
        if (accounts.findByEmail(normalizedEmail).isPresent()) {
            throw new ClinicException("account.email-taken");
        }
        UserAccount account = new UserAccount(name.trim(), normalizedEmail, passwordEncoder.encode(password), role);
        return accounts.saveAndFlush(account);
    }

    public Optional<UserAccount> findByEmail(String email) {
        return accounts.findByEmail(email.trim());
    }

    public Optional<UserAccount> findById(long id) {
        return accounts.findById(id);
    }

    /** The accounts with one role, by name: short lists, such as the dentists a professional may be linked to. */
    public List<UserAccount> findByRole(Role role) {
        return accounts.findByRoleOrderByName(role);
    }

    public boolean hasAnyAccount() {
        return accounts.count() > 0;
    }

    @Transactional
    public void recordLogin(String email) {
        accounts.findByEmail(email).ifPresent(account -> account.recordLogin(clock.instant()));
    }
}
