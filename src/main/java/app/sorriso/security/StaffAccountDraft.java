package app.sorriso.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the staff form edits: a new account (no id, with a temporary password) or an existing one's name, e-mail and
 * role. The version travels with it so that a save over someone else's change is refused, not silently applied.
 */
public class StaffAccountDraft {

    private Long id;
    private long version;

    @NotBlank(message = "{form.required}")
    @Size(max = UserAccount.NAME_MAX, message = "{account.name.too-long}")
    private String name = "";

    @NotBlank(message = "{form.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = UserAccount.EMAIL_MAX, message = "{account.email.invalid}")
    private String email = "";

    @NotNull(message = "{form.required}")
    private Role role = Role.RECEPTION;

    /** Only for a new account; the policy is checked by the service (and by the form, to answer sooner). */
    private String temporaryPassword = "";

    public StaffAccountDraft() {}

    /** A draft of an existing account, for editing. */
    public static StaffAccountDraft of(UserAccount account) {
        StaffAccountDraft draft = new StaffAccountDraft();
        draft.id = account.getId();
        draft.version = account.getVersion();
        draft.name = account.getName();
        draft.email = account.getEmail();
        draft.role = account.getRole();
        return draft;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
