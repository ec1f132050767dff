package app.sorriso.api;

import app.sorriso.base.i18n.ClinicI18NProvider;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalSearch;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.professionals.Specialty;
import app.sorriso.professionals.WorkingPeriod;
import app.sorriso.scheduling.AvailabilityService;
import app.sorriso.scheduling.Slot;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Clinic", description = "Public: specialties, professionals and free slots")
@SecurityRequirements
class CatalogController {

    static final int MAX_DAYS = 31;

    private final ProfessionalService professionals;
    private final AvailabilityService availability;
    private final ClinicI18NProvider i18n;
    private final Clock clock;

    CatalogController(
            ProfessionalService professionals, AvailabilityService availability, ClinicI18NProvider i18n, Clock clock) {
        this.professionals = professionals;
        this.availability = availability;
        this.i18n = i18n;
        this.clock = clock;
    }

    @GetMapping("/specialties")
    @Operation(summary = "The specialties the clinic's active professionals offer")
    List<SpecialtyView> specialties(Locale locale) {
        return professionals.findActive().stream()
                .map(Professional::getSpecialty)
                .distinct()
                .map(specialty -> new SpecialtyView(specialty, i18n.getTranslation(specialty.messageKey(), locale)))
                .sorted(Comparator.comparing(SpecialtyView::name))
                .toList();
    }

    @GetMapping("/professionals")
    @Operation(summary = "Active professionals, optionally of one specialty, by name")
    PageOf<ProfessionalView> professionals(
            @RequestParam(required = false) Specialty specialty,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale) {
        var pageable = Paging.of(page, size, null, Map.of("name", "name"));
        return PageOf.of(
                professionals.search(new ProfessionalSearch(null, specialty, true), pageable),
                professional -> view(professional, locale));
    }

    @GetMapping("/professionals/{id}")
    @Operation(summary = "One active professional, with weekly working hours")
    ProfessionalView professional(@PathVariable long id, Locale locale) {
        return professionals
                .findById(id)
                .filter(Professional::isActive)
                .map(professional -> view(professional, locale))
                .orElseThrow(ApiRefusal::notFound);
    }

    @GetMapping("/slots")
    @Operation(
            summary = "Free slots of a professional or of a specialty",
            description = "Give professionalId or specialty, and a range of at most 31 days (to defaults to from). "
                    + "Times are in the clinic's time zone.")
    List<SlotView> slots(
            @RequestParam(required = false) Long professionalId,
            @RequestParam(required = false) Specialty specialty,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate last = to == null ? from : to;
        checkRange(from, last);
        if ((professionalId == null) == (specialty == null)) {
            throw ApiRefusal.badParameter("professionalId", "api.slots.professional-or-specialty");
        }
        Map<Long, String> names = professionals.findActive().stream()
                .collect(Collectors.toMap(Professional::getId, Professional::getName));
        if (professionalId != null && !names.containsKey(professionalId)) {
            throw ApiRefusal.notFound();
        }
        List<Slot> slots = professionalId != null
                ? availability.freeSlots(professionalId, from, last)
                : availability.freeSlots(specialty, from, last);
        Function<java.time.Instant, OffsetDateTime> local =
                instant -> OffsetDateTime.ofInstant(instant, clock.getZone());
        return slots.stream()
                .map(slot -> new SlotView(
                        slot.professionalId(),
                        names.get(slot.professionalId()),
                        local.apply(slot.startsAt()),
                        local.apply(slot.endsAt())))
                .toList();
    }

    /** A range of days the API reads in one request: in order, and at most {@value #MAX_DAYS} days long. */
    static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiRefusal.badParameter("to", "api.range.order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiRefusal.badParameter("to", "api.range.too-long", MAX_DAYS);
        }
    }

    private ProfessionalView view(Professional professional, Locale locale) {
        return new ProfessionalView(
                professional.getId(),
                professional.getName(),
                professional.cro(),
                professional.getSpecialty(),
                i18n.getTranslation(professional.getSpecialty().messageKey(), locale),
                professional.getWorkingHours().stream().map(WorkingHours::of).toList());
    }

    record SpecialtyView(Specialty code, String name) {}

    record ProfessionalView(
            long id, String name, String cro, Specialty specialty, String specialtyName, List<WorkingHours> hours) {}

    record WorkingHours(DayOfWeek day, LocalTime start, LocalTime end) {

        static WorkingHours of(WorkingPeriod period) {
            return new WorkingHours(period.dayOfWeek(), period.startTime(), period.endTime());
        }
    }

    record SlotView(long professionalId, String professionalName, OffsetDateTime startsAt, OffsetDateTime endsAt) {}
}
