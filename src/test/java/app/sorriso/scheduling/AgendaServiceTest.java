package app.sorriso.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.base.ClinicException;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.security.SystemTask;
import app.sorriso.security.UserAccountService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The day's list and its one-click steps, on the demo clinic's agenda. */
@ClinicIntegrationTest
class AgendaServiceTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Sao_Paulo");

    @Autowired
    AgendaService agenda;

    @Autowired
    ProfessionalService professionals;

    @Autowired
    UserAccountService accounts;

    /** The nearest coming weekday on which the demo's general practitioner has open appointments. */
    private List<AgendaEntry> aBusyDay() {
        LocalDate day = agenda.today().plusDays(1);
        for (int i = 0; i < 14; i++, day = day.plusDays(1)) {
            List<AgendaEntry> entries = agenda.day(day, null).stream()
                    .filter(entry -> entry.status() == AppointmentStatus.SCHEDULED)
                    .toList();
            if (!entries.isEmpty()) {
                return entries;
            }
        }
        throw new IllegalStateException("the demo agenda has no booked appointments ahead");
    }

    private long helenaId() {
        long account =
                accounts.findByEmail("dentista@sorriso.demo").orElseThrow().getId();
        return professionals.findByAccount(account).orElseThrow().getId();
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_desk_sees_every_professional_and_confirms_with_one_step() {
        List<AgendaEntry> day = aBusyDay();
        AgendaEntry first = day.getFirst();

        agenda.move(first.id(), AppointmentStatus.CONFIRMED, null);

        assertThat(agenda.ofPatient(first.patientId()))
                .filteredOn(entry -> entry.id() == first.id())
                .extracting(AgendaEntry::status)
                .containsExactly(AppointmentStatus.CONFIRMED);
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void cancelling_needs_a_reason() {
        AgendaEntry entry = aBusyDay().getLast();

        assertThatThrownBy(() -> agenda.move(entry.id(), AppointmentStatus.CANCELLED, " "))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        refusal -> assertThat(refusal.getField()).contains("reason"));
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_sees_only_their_own_day() {
        long helena = helenaId();
        LocalDate day = agenda.today().plusDays(1);
        for (int i = 0; i < 14; i++, day = day.plusDays(1)) {
            assertThat(agenda.day(day, null)).allMatch(entry -> entry.professionalId() == helena);
        }
    }

    @Test
    @WithUserDetails("dentista2@sorriso.demo")
    void a_dentist_cannot_step_a_colleagues_appointment() {
        long helena = helenaId();
        AgendaEntry colleagues = SystemTask.run(() -> aBusyDay().stream()
                .filter(entry -> entry.professionalId() == helena)
                .findFirst()
                .orElseThrow());

        assertThatThrownBy(() -> agenda.move(colleagues.id(), AppointmentStatus.CONFIRMED, null))
                .isInstanceOf(ClinicException.class);
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void pending_requests_are_listed_until_the_desk_answers_them() {
        List<AgendaEntry> pending = agenda.pendingRequests();
        assertThat(pending).isNotEmpty().allMatch(entry -> entry.status() == AppointmentStatus.REQUESTED);
        AgendaEntry approved = pending.getFirst();
        AgendaEntry declined = pending.getLast();

        agenda.move(approved.id(), AppointmentStatus.SCHEDULED, null);
        agenda.move(declined.id(), AppointmentStatus.CANCELLED, "Horário não atende o paciente");

        assertThat(agenda.pendingRequests()).extracting(AgendaEntry::id).doesNotContain(approved.id(), declined.id());
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_calendar_range_holds_only_the_chosen_professionals() {
        LocalDateTime monday =
                agenda.today().plusWeeks(1).with(DayOfWeek.MONDAY).atStartOfDay();
        long helena = helenaId();

        List<AgendaEntry> everyone = agenda.range(monday, monday.plusWeeks(1), Set.of());
        List<AgendaEntry> hers = agenda.range(monday, monday.plusWeeks(1), Set.of(helena));

        assertThat(everyone)
                .extracting(AgendaEntry::professionalId)
                .contains(helena)
                .hasSizeGreaterThan(hers.size());
        assertThat(hers).isNotEmpty().allMatch(entry -> entry.professionalId() == helena);
        assertThat(hers)
                .allMatch(entry -> !entry.startsAt()
                                .isBefore(monday.atZone(CLINIC).toInstant())
                        && entry.startsAt()
                                .isBefore(monday.plusWeeks(1).atZone(CLINIC).toInstant()));
    }

    @Test
    @WithUserDetails("dentista2@sorriso.demo")
    void a_dentists_calendar_ignores_a_filter_for_a_colleague_and_cannot_open_their_appointments() {
        long helena = helenaId();
        LocalDateTime monday =
                agenda.today().plusWeeks(1).with(DayOfWeek.MONDAY).atStartOfDay();
        AgendaEntry colleagues = SystemTask.run(
                () -> agenda.range(monday, monday.plusWeeks(1), Set.of(helena)).getFirst());

        assertThat(agenda.range(monday, monday.plusWeeks(1), Set.of(helena)))
                .noneMatch(entry -> entry.professionalId() == helena);
        assertThat(agenda.entry(colleagues.id())).isEmpty();
        assertThat(agenda.ownProfessional()).isPresent().get().isNotEqualTo(helena);
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_read_the_clinics_calendar() {
        LocalDateTime now = LocalDateTime.now();
        assertThatThrownBy(() -> agenda.range(now, now.plusDays(7), Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.entry(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_read_the_clinics_day() {
        assertThatThrownBy(() -> agenda.day(agenda.today(), null)).isInstanceOf(AccessDeniedException.class);
    }
}
