package app.sorriso.api;

import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AppointmentStatus;
import app.sorriso.scheduling.PatientAppointmentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/appointments")
@Tag(name = "Patient")
class MyAppointmentsController {

    private final PatientAppointmentService appointments;
    private final Clock clock;

    MyAppointmentsController(PatientAppointmentService appointments, Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "My appointments and requests, newest first")
    List<MyAppointment> mine() {
        return appointments.mine().stream().map(this::view).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Request one of the free slots",
            description = "Pick a slot from GET /api/v1/slots; the front desk then approves the request. A slot taken "
                    + "in the meantime is refused (422).")
    MyAppointment request(@Valid @RequestBody Request request) {
        return view(appointments.request(
                request.professionalId(), request.startsAt().toInstant(), request.note()));
    }

    @PostMapping("/{id}/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Cancel my appointment, or withdraw a request",
            description = "Only within the clinic's notice; later, the patient must call.")
    void cancel(@PathVariable long id, @RequestBody Cancel cancel) {
        appointments.cancel(id, cancel.reason());
    }

    private MyAppointment view(AgendaEntry entry) {
        return new MyAppointment(
                entry.id(),
                OffsetDateTime.ofInstant(entry.startsAt(), clock.getZone()),
                OffsetDateTime.ofInstant(entry.endsAt(), clock.getZone()),
                entry.status(),
                entry.professionalId(),
                entry.professionalName(),
                appointments.canCancel(entry));
    }

    record MyAppointment(
            long id,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            AppointmentStatus status,
            long professionalId,
            String professionalName,
            boolean cancellable) {}

    record Request(
            @NotNull(message = "{form.required}") Long professionalId,
            @NotNull(message = "{form.required}") OffsetDateTime startsAt,

            @Size(max = 500, message = "{api.field.too-long}")
            String note) {}

    record Cancel(String reason) {}
}
