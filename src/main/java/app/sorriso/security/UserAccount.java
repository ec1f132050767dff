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

    protected UserAccount() {}

    UserAccount(String name, String email, String passwordHash, Role role) {
        this.name = name;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
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

    void recordLogin(Instant when) {
        this.lastLoginAt = when;
    }
}
