package app.sorriso.base;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic's own facts, from configuration so that another clinic can run the same build.
 *
 * @param name the clinic's name, shown in the header, login and documents
 * @param zoneId the clinic's clock; appointments and "today" are computed in this zone
 * @param phone the reception's phone number, as shown to patients
 * @param whatsapp the number used for WhatsApp links, digits with country code (e.g. 5511987654321)
 * @param email the contact e-mail
 * @param address one line with street, number, district, city and state
 * @param technicalDirector the dentist responsible for the clinic, as Brazilian dental advertising must name them
 *     (e.g. "Dra. Helena Martins · CRO-SP 84213"); blank to leave out
 * @param privacyEmail where people write about their personal data (LGPD requests), named in the privacy notice
 */
@ConfigurationProperties("sorriso.clinic")
public record ClinicProperties(
        @DefaultValue("Sorriso Odontologia") String name,
        @DefaultValue("America/Sao_Paulo") ZoneId zoneId,
        @DefaultValue("(11) 3456-7890") String phone,
        @DefaultValue("5511934567890") String whatsapp,
        @DefaultValue("contato@sorriso.local") String email,

        @DefaultValue("Rua das Flores, 123 - Centro, São Paulo - SP")
        String address,

        @DefaultValue("") String technicalDirector,
        @DefaultValue("privacidade@sorriso.local") String privacyEmail) {

    /** The WhatsApp chat address, which opens the app on phones and WhatsApp Web elsewhere. */
    public String whatsappUrl() {
        return "https://wa.me/" + whatsapp.replaceAll("\\D", "");
    }

    /** The phone as a link a phone can dial. */
    public String phoneUrl() {
        return "tel:+55" + phone.replaceAll("\\D", "");
    }
}
