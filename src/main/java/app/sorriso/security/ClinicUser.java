package app.sorriso.security;

import app.sorriso.base.DisplayNamed;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in person as Spring Security holds it: the account's id, name and role travel with the session (or, for
 * the API, with the access token).
 */
public class ClinicUser extends User implements DisplayNamed {

    private final long accountId;
    private final String name;
    private final Role role;
    private final boolean mustChangePassword;

    ClinicUser(UserAccount account) {
        super(
                account.getEmail(),
                account.getPasswordHash(),
                account.isEnabled(),
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.accountId = account.getId();
        this.name = account.getName();
        this.role = account.getRole();
        this.mustChangePassword = account.isMustChangePassword();
    }

    /**
     * The person an API access token speaks for, as the token says: no password travels with it, and tokens are never
     * issued while a temporary password waits to be replaced.
     */
    ClinicUser(long accountId, String email, String name, Role role) {
        super(email, "", List.of(new SimpleGrantedAuthority(role.authority())));
        this.accountId = accountId;
        this.name = name;
        this.role = role;
        this.mustChangePassword = false;
    }

    public long accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    /** Whether the password this session logged in with was a temporary one, as it stood at login. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public String displayName() {
        return name;
    }
}
