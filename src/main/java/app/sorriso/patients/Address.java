package app.sorriso.patients;

import app.sorriso.base.BrazilianState;
import app.sorriso.base.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where a patient lives, Brazilian style: CEP, street, number, complement, district, city and state. */
@Embeddable
public class Address {

    @Pattern(regexp = "\\d{5}-?\\d{3}", message = "{patient.zip-code.invalid}")
    @Column(name = "zip_code", length = 8)
    private String zipCode;

    @Size(max = 150)
    @Column(length = 150)
    private String street;

    @Size(max = 20)
    @Column(name = "address_number", length = 20)
    private String addressNumber;

    @Size(max = 80)
    @Column(length = 80)
    private String complement;

    @Size(max = 80)
    @Column(length = 80)
    private String district;

    @Size(max = 80)
    @Column(length = 80)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private BrazilianState state;

    /** One line as an envelope reads: "Rua X · 81 · Centro · São Paulo · SP · 01310-100", or empty. */
    public String asLine() {
        String zip = zipCode == null ? null : zipCode.substring(0, 5) + "-" + zipCode.substring(5);
        return Stream.of(street, addressNumber, complement, district, city, state == null ? null : state.name(), zip)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    public String getZipCode() {
        return zipCode;
    }

    /** Keeps the digits, so "01310-100" and "01310100" are the same CEP. */
    public void setZipCode(String zipCode) {
        this.zipCode = Texts.blankToNull(zipCode == null ? null : zipCode.replaceAll("\\D", ""));
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = Texts.blankToNull(street);
    }

    public String getAddressNumber() {
        return addressNumber;
    }

    public void setAddressNumber(String addressNumber) {
        this.addressNumber = Texts.blankToNull(addressNumber);
    }

    public String getComplement() {
        return complement;
    }

    public void setComplement(String complement) {
        this.complement = Texts.blankToNull(complement);
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = Texts.blankToNull(district);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = Texts.blankToNull(city);
    }

    public BrazilianState getState() {
        return state;
    }

    public void setState(BrazilianState state) {
        this.state = state;
    }

    /** A detached copy, for a form that may be abandoned. */
    public Address copy() {
        Address copy = new Address();
        copy.copyFrom(this);
        return copy;
    }

    void copyFrom(Address other) {
        setZipCode(other.zipCode);
        setStreet(other.street);
        setAddressNumber(other.addressNumber);
        setComplement(other.complement);
        setDistrict(other.district);
        setCity(other.city);
        setState(other.state);
    }
}
