package app.sorriso.api;

import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AgendaService;
import app.sorriso.scheduling.AppointmentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agenda")
@Tag(name = "Staff", description = "For the clinic's staff")
class AgendaController {

    private final AgendaService agenda;
    private final Clock clock;

    AgendaController(AgendaService agenda, Clock clock) {
        this.agenda = agenda;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "Appointments of a day or a range of days (RECEPTION, ADMIN, DENTIST)",
            description = "Optionally of one professional. A dentist always gets their own appointments only. At most "
                    + "31 days; to defaults to from.")
    List<AgendaItem> agenda(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long professionalId) {
        LocalDate last = to == null ? from : to;
        CatalogController.checkRange(from, last);
        return agenda.days(from, last, professionalId).stream().map(this::view).toList();
    }

    private AgendaItem view(AgendaEntry entry) {
        return new AgendaItem(
                entry.id(),
                OffsetDateTime.ofInstant(entry.startsAt(), clock.getZone()),
                OffsetDateTime.ofInstant(entry.endsAt(), clock.getZone()),
                entry.status(),
                entry.notes(),
                entry.confirmationSentAt() != null,
                new AgendaPatient(
                        entry.patientId(),
                        entry.patientName(),
                        entry.patientPhone(),
                        entry.patientAllergies(),
                        entry.patientConditions(),
                        entry.patientMedications()),
                new AgendaProfessional(entry.professionalId(), entry.professionalName()));
    }

    record AgendaItem(
            long id,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            AppointmentStatus status,
            String notes,
            boolean confirmationSent,
            AgendaPatient patient,
            AgendaProfessional professional) {}

    /** The patient as the day's list needs them, health alerts included: the dentist must see them first. */
    record AgendaPatient(long id, String name, String phone, String allergies, String conditions, String medications) {}

    record AgendaProfessional(long id, String name) {}
}
