package app.sorriso.patients;

import app.sorriso.base.BrazilianPhone;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a person types to sign up. The same constraints answer the form as the person types and the service before
 * anything is stored; the password's policy (length, common passwords) is the security module's, checked there.
 */
public class SignUp {

    public static final int EMAIL_MAX = 254;

    @NotBlank(message = "{patient.name.required}")
    @Size(max = Patient.NAME_MAX, message = "{signup.name.too-long}")
    private String fullName = "";

    @NotBlank(message = "{signup.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = EMAIL_MAX, message = "{account.email.invalid}")
    private String email = "";

    @NotBlank(message = "{patient.cpf.required}")
    @ValidCpf
    private String cpf = "";

    @NotBlank(message = "{signup.phone.required}")
    @BrazilianPhone
    private String phone = "";

    @NotNull(message = "{patient.birth-date.required}")
    @Past(message = "{patient.birth-date.past}")
    @PlausibleBirthDate
    private LocalDate birthDate;

    @NotBlank(message = "{form.required}")
    private String password = "";

    @AssertTrue(message = "{signup.consent.required}")
    private boolean consent;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    /** Spaces around an e-mail are a slip of the keyboard (or of autocomplete), not part of it. */
    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getCpf() {
        return cpf;
    }

    public void setCpf(String cpf) {
        this.cpf = cpf;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
