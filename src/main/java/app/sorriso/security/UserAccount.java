package app.sorriso.security;

import app.sorriso.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A login: staff member or patient. The patient's clinical record is a separate {@code Patient}. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    public static final int NAME_MAX = 150;
    public static final int EMAIL_MAX = 254;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Set when someone else chose the password (a new staff account, a reset); cleared when the owner picks one. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected UserAccount() {}

    UserAccount(String name, String email, String passwordHash, Role role) {
        this.name = name;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    /** E-mails are stored trimmed and in lower case, as the unique index compares them. */
    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void recordLogin(Instant when) {
        this.lastLoginAt = when;
    }

    void describe(String name, String email, Role role) {
        this.name = name;
        this.email = email;
        this.role = role;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A password chosen by an administrator, to be replaced by its owner at the next login. */
    void assignTemporaryPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    /** A password its owner chose. */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }
}
