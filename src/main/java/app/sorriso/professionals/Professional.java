package app.sorriso.professionals;

import app.sorriso.base.AbstractEntity;
import app.sorriso.base.BrazilianState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A dentist of the clinic, registered with a state's Conselho Regional de Odontologia (CRO). */
@Entity
@Table(name = "professional")
public class Professional extends AbstractEntity {

    public static final int NAME_MAX = 150;
    public static final int CRO_NUMBER_MAX = 10;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 20;
    /** The same rules as the table's check constraints, so a form refuses what the database would. */
    public static final String CRO_NUMBER_PATTERN = "[0-9]{1,10}";

    public static final String COLOR_PATTERN = "#[0-9a-fA-F]{6}";

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "cro_state", nullable = false, length = 2)
    private BrazilianState croState;

    @NotNull(message = "{professional.cro.invalid}")
    @Pattern(regexp = CRO_NUMBER_PATTERN, message = "{professional.cro.invalid}")
    @Column(name = "cro_number", nullable = false, length = CRO_NUMBER_MAX)
    private String croNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Specialty specialty;

    @NotNull(message = "{professional.color.invalid}")
    @Pattern(regexp = COLOR_PATTERN, message = "{professional.color.invalid}")
    @Column(nullable = false, length = 7)
    private String color;

    @Column(nullable = false)
    private boolean active = true;

    @Email(message = "{professional.email.invalid}")
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = "[0-9()+. -]*", message = "{professional.phone.invalid}")
    @Column(length = PHONE_MAX)
    private String phone;

    @Column(name = "user_account_id")
    private Long userAccountId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "working_hours", joinColumns = @JoinColumn(name = "professional_id"))
    private List<WorkingPeriod> workingHours = new ArrayList<>();

    protected Professional() {}

    /** A blank record for the form to fill; the clinic's teal until someone picks a colour. */
    public static Professional blank() {
        Professional professional = new Professional();
        professional.color = "#0f766e";
        professional.specialty = Specialty.GENERAL_PRACTICE;
        return professional;
    }

    public Professional(String name, BrazilianState croState, String croNumber, Specialty specialty, String color) {
        this.name = name;
        this.croState = croState;
        this.croNumber = croNumber;
        this.specialty = specialty;
        this.color = color;
    }

    /** The registration as dentists print it: CRO-SP 12345. */
    public String cro() {
        return "CRO-" + croState + " " + croNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public BrazilianState getCroState() {
        return croState;
    }

    public void setCroState(BrazilianState croState) {
        this.croState = croState;
    }

    public String getCroNumber() {
        return croNumber;
    }

    public void setCroNumber(String croNumber) {
        this.croNumber = croNumber == null ? null : croNumber.strip();
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public void setSpecialty(Specialty specialty) {
        this.specialty = specialty;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color == null ? null : color.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }

    public Long getUserAccountId() {
        return userAccountId;
    }

    public void linkAccount(Long userAccountId) {
        this.userAccountId = userAccountId;
    }

    /** The same as {@link #linkAccount}, under the name a form binds to. */
    public void setUserAccountId(Long userAccountId) {
        linkAccount(userAccountId);
    }

    public List<WorkingPeriod> getWorkingHours() {
        return List.copyOf(workingHours);
    }

    public void setWorkingHours(List<WorkingPeriod> periods) {
        workingHours.clear();
        workingHours.addAll(periods);
    }

    /** Optional contacts are absent, not empty, so the database holds one kind of "nothing". */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
