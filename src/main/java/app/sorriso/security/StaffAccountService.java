package app.sorriso.security;

import app.sorriso.base.ClinicException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's management of staff logins: who works here, in which role, and who may log in at all. Patients'
 * accounts are not managed here. The clinic always keeps at least one enabled administrator, or nobody could fix a
 * mistake from inside the app.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class StaffAccountService {

    private static final Logger log = LoggerFactory.getLogger(StaffAccountService.class);

    public static final int MAX_PAGE = 200;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    StaffAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /**
     * Staff whose name or e-mail contains {@code text} (any case), optionally of one role; by name unless sorted. A
     * page holds at most {@value #MAX_PAGE} accounts, whatever the caller asks for.
     */
    public Slice<UserAccount> search(String text, Role role, Pageable pageable) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replaceAll("[!%_]", "!$0");
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("name");
        int size = Math.min(pageable.getPageSize(), MAX_PAGE);
        Pageable page = PageRequest.of((int) (pageable.getOffset() / size), size, sort.and(Sort.by("id")));
        return accounts.searchStaff("%" + escaped + "%", role, page);
    }

    @Transactional
    public UserAccount create(StaffAccountDraft draft) {
        requireStaffRole(draft.getRole());
        checkTemporaryPassword(draft.getTemporaryPassword());
        String email = UserAccount.normalizeEmail(draft.getEmail());
        TakenEmails.refuse(accounts, email, null);
        UserAccount account = new UserAccount(draft.getName().strip(), email, "", draft.getRole());
        account.assignTemporaryPassword(passwordEncoder.encode(draft.getTemporaryPassword()));
        UserAccount created = TakenEmails.save(accounts, account);
        note("created with role " + created.getRole(), created);
        return created;
    }

    @Transactional
    public UserAccount update(StaffAccountDraft draft) {
        UserAccount account = findStaff(draft.getId());
        if (account.getVersion() != draft.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, account.getId());
        }
        requireStaffRole(draft.getRole());
        String email = UserAccount.normalizeEmail(draft.getEmail());
        TakenEmails.refuse(accounts, email, account.getId());
        if (draft.getRole() != Role.ADMIN) {
            keepAnotherAdmin(account, "staff.last-admin.demote");
        }
        Role before = account.getRole();
        account.describe(draft.getName().strip(), email, draft.getRole());
        UserAccount saved = TakenEmails.save(accounts, account);
        if (before != saved.getRole()) {
            note("moved from role " + before + " to " + saved.getRole(), saved);
        }
        return saved;
    }

    /** Takes effect at the account's next login; a session already open runs until it ends or logs out. */
    @Transactional
    public UserAccount disable(long id) {
        UserAccount account = findStaff(id);
        if (account.getId().equals(currentUser.get().map(ClinicUser::accountId).orElse(null))) {
            throw new ClinicException("staff.disable-self");
        }
        keepAnotherAdmin(account, "staff.last-admin.disable");
        account.setEnabled(false);
        note("disabled", account);
        return account;
    }

    @Transactional
    public UserAccount enable(long id) {
        UserAccount account = findStaff(id);
        account.setEnabled(true);
        note("enabled", account);
        return account;
    }

    /** For a colleague who forgot theirs: they log in with this one and must choose their own at once. */
    @Transactional
    public UserAccount resetTemporaryPassword(long id, String temporaryPassword) {
        UserAccount account = findStaff(id);
        checkTemporaryPassword(temporaryPassword);
        account.assignTemporaryPassword(passwordEncoder.encode(temporaryPassword));
        note("given a temporary password", account);
        return account;
    }

    /**
     * Refuses a change that would leave no enabled administrator. Two admins disabling each other at the same moment
     * would each count two admins and both succeed, so every such change first takes a transaction-scoped advisory
     * lock: the second waits for the first to commit, and its count (a fresh statement under read committed) then
     * sees one admin left. Creating or re-enabling only adds admins, so they need no lock.
     */
    private void keepAnotherAdmin(UserAccount account, String refusalKey) {
        if (account.getRole() != Role.ADMIN || !account.isEnabled()) {
            return;
        }
        accounts.lockAdminChanges();
        if (accounts.countEnabledAdmins() <= 1) {
            throw new ClinicException(refusalKey);
        }
    }

    /** Who may log in, and as what, is a security fact the operator should be able to trace (ids only, no names). */
    private void note(String change, UserAccount account) {
        String actor =
                currentUser.get().map(user -> "account " + user.accountId()).orElse("the system");
        log.info("Staff account {} {} by {}", account.getId(), change, actor);
    }

    private UserAccount findStaff(Long id) {
        return accounts.findById(id)
                .filter(account -> account.getRole().isStaff())
                .orElseThrow(() -> new ClinicException("staff.not-found"));
    }

    private static void requireStaffRole(Role role) {
        if (role == null || !role.isStaff()) {
            throw ClinicException.onField("role", "staff.role.not-staff");
        }
    }

    private static void checkTemporaryPassword(String password) {
        try {
            PasswordPolicy.check(password);
        } catch (ClinicException refused) {
            throw ClinicException.onField("temporaryPassword", refused.getMessageKey(), refused.getArguments());
        }
    }
}
