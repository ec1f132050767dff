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
 */
@ConfigurationProperties("sorriso.clinic")
public record ClinicProperties(
        @DefaultValue("Sorriso Odontologia") String name,
        @DefaultValue("America/Sao_Paulo") ZoneId zoneId,
        @DefaultValue("(11) 3456-7890") String phone,
        @DefaultValue("5511934567890") String whatsapp,
        @DefaultValue("contato@sorriso.local") String email,

        @DefaultValue("Rua das Flores, 123 - Centro, São Paulo - SP")
        String address) {}
