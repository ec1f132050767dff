package app.sorriso.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** Case-insensitive, matching the unique index on {@code lower(email)}. */
    @Query("select u from UserAccount u where lower(u.email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);

    /**
     * Staff accounts (never patients) whose name or e-mail contains {@code pattern}, a lower-case {@code like}
     * pattern with {@code !} as its escape character; {@code role} null means any staff role.
     */
    @Query("""
            select u from UserAccount u
            where u.role <> app.sorriso.security.Role.PATIENT
              and (:role is null or u.role = :role)
              and (lower(u.name) like :pattern escape '!' or lower(u.email) like :pattern escape '!')
            """)
    Slice<UserAccount> searchStaff(String pattern, Role role, Pageable pageable);

    @Query("select count(u) from UserAccount u where u.role = app.sorriso.security.Role.ADMIN and u.enabled = true")
    long countEnabledAdmins();

    /**
     * Serialises every change that could take away an administrator until the calling transaction ends. Whoever comes
     * second waits here, then counts the admins as the first left them.
     */
    @Query(value = "select 1 from pg_advisory_xact_lock(hashtext('user_account.admins'))", nativeQuery = true)
    int lockAdminChanges();

    List<UserAccount> findByRoleOrderByName(Role role);
}
