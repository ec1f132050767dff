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
import java.util.ArrayList;
import java.util.List;

/** A dentist of the clinic, registered with a state's Conselho Regional de Odontologia (CRO). */
@Entity
@Table(name = "professional")
public class Professional extends AbstractEntity {

    public static final int NAME_MAX = 150;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "cro_state", nullable = false, length = 2)
    private BrazilianState croState;

    @Column(name = "cro_number", nullable = false, length = 10)
    private String croNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Specialty specialty;

    @Column(nullable = false, length = 7)
    private String color;

    @Column(nullable = false)
    private boolean active = true;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Column(name = "user_account_id")
    private Long userAccountId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "working_hours", joinColumns = @JoinColumn(name = "professional_id"))
    private List<WorkingPeriod> workingHours = new ArrayList<>();

    protected Professional() {}

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

    public BrazilianState getCroState() {
        return croState;
    }

    public String getCroNumber() {
        return croNumber;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public String getColor() {
        return color;
    }

    public boolean isActive() {
        return active;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getUserAccountId() {
        return userAccountId;
    }

    public void linkAccount(Long userAccountId) {
        this.userAccountId = userAccountId;
    }

    public List<WorkingPeriod> getWorkingHours() {
        return List.copyOf(workingHours);
    }

    public void setWorkingHours(List<WorkingPeriod> periods) {
        workingHours.clear();
        workingHours.addAll(periods);
    }
}
