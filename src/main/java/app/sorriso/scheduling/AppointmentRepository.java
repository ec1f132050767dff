package app.sorriso.scheduling;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    /** Live appointments of the professional that overlap [start, end), the same rule as the database constraint. */
    @Query("""
            select a from Appointment a
            where a.professional.id = :professionalId and a.startsAt < :end and a.endsAt > :start
              and a.status not in (app.sorriso.scheduling.AppointmentStatus.CANCELLED,
                                   app.sorriso.scheduling.AppointmentStatus.NO_SHOW)
            order by a.startsAt""")
    List<Appointment> findOverlappingForProfessional(long professionalId, Instant start, Instant end);

    @Query("""
            select a from Appointment a
            where a.patient.id = :patientId and a.startsAt < :end and a.endsAt > :start
              and a.status not in (app.sorriso.scheduling.AppointmentStatus.CANCELLED,
                                   app.sorriso.scheduling.AppointmentStatus.NO_SHOW)
            order by a.startsAt""")
    List<Appointment> findOverlappingForPatient(long patientId, Instant start, Instant end);
}
