package app.sorriso.scheduling;

import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.Specialty;
import app.sorriso.professionals.TimeOff;
import app.sorriso.professionals.TimeOffService;
import app.sorriso.professionals.WorkingPeriod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free slots: a professional's working hours, minus time off, minus live appointments (a pending request holds its
 * time too), cut into slots of the configured length, no sooner than the minimum notice and no later than the
 * horizon, all in the clinic's time zone. The patient area and the API offer these; the booking itself is still
 * checked by {@link AppointmentService} and guaranteed by the database.
 */
@Service
@Transactional(readOnly = true)
public class AvailabilityService {

    private final ProfessionalService professionals;
    private final TimeOffService timeOff;
    private final AppointmentRepository appointments;
    private final SchedulingProperties rules;
    private final Clock clock;

    AvailabilityService(
            ProfessionalService professionals,
            TimeOffService timeOff,
            AppointmentRepository appointments,
            SchedulingProperties rules,
            Clock clock) {
        this.professionals = professionals;
        this.timeOff = timeOff;
        this.appointments = appointments;
        this.rules = rules;
        this.clock = clock;
    }

    /** Free slots of one professional on the days from {@code first} to {@code last}, inclusive. */
    public List<Slot> freeSlots(long professionalId, LocalDate first, LocalDate last) {
        return freeSlots(professionalId, first, last, clock.instant());
    }

    /** Free slots of every active professional of a specialty, by start time, then professional. */
    public List<Slot> freeSlots(Specialty specialty, LocalDate first, LocalDate last) {
        return freeSlots(specialty, first, last, clock.instant());
    }

    List<Slot> freeSlots(Specialty specialty, LocalDate first, LocalDate last, Instant now) {
        return professionals.findActive().stream()
                .filter(professional -> professional.getSpecialty() == specialty)
                .flatMap(professional -> freeSlots(professional.getId(), first, last, now).stream())
                .sorted(Comparator.comparing(Slot::startsAt).thenComparing(Slot::professionalId))
                .toList();
    }

    List<Slot> freeSlots(long professionalId, LocalDate first, LocalDate last, Instant now) {
        Professional professional = professionals.findById(professionalId).orElseThrow();
        if (!professional.isActive()) {
            return List.of();
        }
        ZoneId zone = clock.getZone();
        Instant earliest = now.plus(rules.minimumNotice());
        Instant latest = now.plus(rules.horizon());
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        if (!from.isBefore(latest) || !to.isAfter(earliest)) {
            return List.of();
        }
        List<Busy> busy = busyTimes(professionalId, from, to);

        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (WorkingPeriod period : professional.getWorkingHours()) {
                if (period.dayOfWeek() == day.getDayOfWeek()) {
                    addSlots(slots, professionalId, day, period, zone, earliest, latest, busy);
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::startsAt));
        return slots;
    }

    private void addSlots(
            List<Slot> slots,
            long professionalId,
            LocalDate day,
            WorkingPeriod period,
            ZoneId zone,
            Instant earliest,
            Instant latest,
            List<Busy> busy) {
        Duration length = rules.slotLength();
        ZonedDateTime start = day.atTime(period.startTime()).atZone(zone);
        ZonedDateTime periodEnd = day.atTime(period.endTime()).atZone(zone);
        for (; !start.plus(length).isAfter(periodEnd); start = start.plus(length)) {
            Instant slotStart = start.toInstant();
            Instant slotEnd = slotStart.plus(length);
            if (slotStart.isBefore(earliest) || slotStart.isAfter(latest)) {
                continue;
            }
            if (busy.stream().noneMatch(taken -> taken.overlaps(slotStart, slotEnd))) {
                slots.add(new Slot(professionalId, slotStart, slotEnd));
            }
        }
    }

    private List<Busy> busyTimes(long professionalId, Instant from, Instant to) {
        List<Busy> busy = new ArrayList<>();
        for (TimeOff absence : timeOff.overlapping(professionalId, from, to)) {
            busy.add(new Busy(absence.getStartsAt(), absence.getEndsAt()));
        }
        for (Appointment appointment : appointments.findOverlappingForProfessional(professionalId, from, to)) {
            busy.add(new Busy(appointment.getStartsAt(), appointment.getEndsAt()));
        }
        return busy;
    }

    /** A stretch the professional is not free: [start, end). */
    private record Busy(Instant start, Instant end) {

        boolean overlaps(Instant slotStart, Instant slotEnd) {
            return start.isBefore(slotEnd) && end.isAfter(slotStart);
        }
    }
}
