package app.sorriso.security;

import app.sorriso.base.ClinicException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds user accounts. Passwords enter here in clear and leave only as hashes. */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserAccountService(
            UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * An account of any role with a password its owner already knows (the first admin, the demo clinic). Staff created
     * in the app go through {@link StaffAccountService}; patients sign up through {@link #registerPatient}.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount create(String name, String email, String password, Role role) {
        PasswordPolicy.check(password);
        String normalizedEmail = UserAccount.normalizeEmail(email);
        TakenEmails.refuse(accounts, normalizedEmail, null);
        UserAccount account = new UserAccount(name.trim(), normalizedEmail, passwordEncoder.encode(password), role);
        return accounts.saveAndFlush(account);
    }

    /**
     * A patient's own login, created at sign-up by the person themself: always the PATIENT role, so this public door
     * can never make staff. An e-mail already in use is refused with words that do not say whose it is.
     */
    @Transactional
    public UserAccount registerPatient(String name, String email, String password) {
        checkPassword(password, "password");
        String normalizedEmail = UserAccount.normalizeEmail(email);
        TakenEmails.refuse(accounts, normalizedEmail, null);
        return TakenEmails.save(
                accounts,
                new UserAccount(name.strip(), normalizedEmail, passwordEncoder.encode(password), Role.PATIENT));
    }

    /** The person's own login e-mail; the current password proves it is them at the keyboard. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public UserAccount changeOwnEmail(String currentPassword, String newEmail) {
        UserAccount account = ownAccount();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw ClinicException.onField("currentPassword", "password.current-wrong");
        }
        String normalizedEmail = UserAccount.normalizeEmail(newEmail);
        TakenEmails.refuse(accounts, normalizedEmail, account.getId());
        account.describe(account.getName(), normalizedEmail, account.getRole());
        return TakenEmails.save(accounts, account);
    }

    public Optional<UserAccount> findByEmail(String email) {
        return accounts.findByEmail(email.trim());
    }

    public Optional<UserAccount> findById(long id) {
        return accounts.findById(id);
    }

    /** The accounts with one role, by name: short lists, such as the dentists a professional may be linked to. */
    @PreAuthorize("hasRole('ADMIN')")
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

    /**
     * Whether the logged-in person still has to replace a temporary password. Asked on every navigation, so the
     * database is consulted only for sessions that logged in with one.
     */
    public boolean isPasswordChangeDue() {
        return currentUser
                .get()
                .filter(ClinicUser::mustChangePassword)
                .flatMap(user -> accounts.findById(user.accountId()))
                .map(UserAccount::isMustChangePassword)
                .orElse(false);
    }

    /** The person's own change from their profile; the current password proves it is them at the keyboard. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = ownAccount();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw ClinicException.onField("currentPassword", "password.current-wrong");
        }
        checkNewPassword(newPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
    }

    /**
     * Right after logging in with a temporary password, which was just typed, so it is not asked again. Keeping it is
     * refused: someone else knows it.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void replaceTemporaryPassword(String newPassword) {
        UserAccount account = ownAccount();
        if (!account.isMustChangePassword()) {
            throw new ClinicException("password.not-temporary");
        }
        checkNewPassword(newPassword);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw ClinicException.onField("newPassword", "password.same-as-temporary");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
    }

    private UserAccount ownAccount() {
        return accounts.findById(currentUser.require().accountId()).orElseThrow();
    }

    private static void checkNewPassword(String password) {
        checkPassword(password, "newPassword");
    }

    private static void checkPassword(String password, String field) {
        try {
            PasswordPolicy.check(password);
        } catch (ClinicException refused) {
            throw ClinicException.onField(field, refused.getMessageKey(), refused.getArguments());
        }
    }
}
