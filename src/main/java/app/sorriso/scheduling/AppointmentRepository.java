package app.sorriso.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    /** An appointment as lists show it, joined with its patient and professional. */
    String AGENDA_ENTRY = """
            select new app.sorriso.scheduling.AgendaEntry(a.id, a.startsAt, a.endsAt, a.status, a.notes,
                     a.confirmationSentAt, p.id, p.fullName, p.phone,
                     p.allergies, p.conditions, p.medications,
                     pr.id, pr.name, pr.color, a.version)
            from Appointment a join a.patient p join a.professional pr
            """;

    /** Still holding [start, end): the database's overlap rule, bounded below (see {@link #floor}). */
    String LIVE_OVERLAP = """

              and a.startsAt < :end and a.endsAt > :start and a.startsAt > :startFloor
              and a.status not in (app.sorriso.scheduling.AppointmentStatus.CANCELLED,
                                   app.sorriso.scheduling.AppointmentStatus.NO_SHOW)
            order by a.startsAt""";

    /** Live appointments of the professional that overlap [start, end), the same rule as the database constraint. */
    @Query("""
            select a from Appointment a
            where a.professional.id = :professionalId""" + LIVE_OVERLAP)
    List<Appointment> findOverlappingForProfessional(
            long professionalId, Instant start, Instant end, Instant startFloor);

    /** Live appointments of the professional that overlap [start, end), the same rule as the database constraint. */
    default List<Appointment> findOverlappingForProfessional(long professionalId, Instant start, Instant end) {
        return findOverlappingForProfessional(professionalId, start, end, floor(start));
    }

    @Query("""
            select a from Appointment a
            where a.patient.id = :patientId""" + LIVE_OVERLAP)
    List<Appointment> findOverlappingForPatient(long patientId, Instant start, Instant end, Instant startFloor);

    default List<Appointment> findOverlappingForPatient(long patientId, Instant start, Instant end) {
        return findOverlappingForPatient(patientId, start, end, floor(start));
    }

    /** The agenda of [start, end): every appointment, optionally of one professional, by start time. */
    @Query(AGENDA_ENTRY + """
            where a.startsAt < :end and a.endsAt > :start and a.startsAt > :startFloor
              and (:professionalId is null or pr.id = :professionalId)
            order by a.startsAt, pr.name""")
    List<AgendaEntry> findAgenda(Instant start, Instant end, Long professionalId, Instant startFloor);

    /** The agenda of [start, end): every appointment, optionally of one professional, by start time. */
    default List<AgendaEntry> findAgenda(Instant start, Instant end, Long professionalId) {
        return findAgenda(start, end, professionalId, floor(start));
    }

    /**
     * No appointment lasts longer than the database allows (twelve hours), so one that overlaps a range starts at
     * most that long before it. Saying so lets PostgreSQL read a narrow slice of the start-time index instead of
     * every appointment that ever started before the range's end.
     */
    private static Instant floor(Instant start) {
        return start.minus(Appointment.LONGEST);
    }

    /** The agenda of [start, end) of some professionals: what the calendar shows when filtered to a few. */
    @Query(AGENDA_ENTRY + """
            where a.startsAt < :end and a.endsAt > :start and a.startsAt > :startFloor
              and pr.id in :professionalIds
            order by a.startsAt, pr.name""")
    List<AgendaEntry> findAgendaOf(Instant start, Instant end, Collection<Long> professionalIds, Instant startFloor);

    default List<AgendaEntry> findAgendaOf(Instant start, Instant end, Collection<Long> professionalIds) {
        return findAgendaOf(start, end, professionalIds, floor(start));
    }

    @Query(AGENDA_ENTRY + "where a.id = :id")
    Optional<AgendaEntry> findEntry(long id);

    /** Patients' requests still waiting for the desk, soonest first. */
    @Query(AGENDA_ENTRY + """
            where a.status = app.sorriso.scheduling.AppointmentStatus.REQUESTED and a.startsAt > :after
            order by a.startsAt""")
    List<AgendaEntry> findPendingRequests(Instant after);

    /** A patient's appointments, newest first: their history and what is coming. */
    @Query(AGENDA_ENTRY + """
            where p.id = :patientId
            order by a.startsAt desc""")
    List<AgendaEntry> findByPatient(long patientId);

    /** A patient's requests still waiting for the desk: each one holds its time, so a patient may have only a few. */
    @Query("""
            select count(a) from Appointment a
            where a.patient.id = :patientId and a.status = app.sorriso.scheduling.AppointmentStatus.REQUESTED
              and a.startsAt > :after""")
    long countPendingRequests(long patientId, Instant after);
}
