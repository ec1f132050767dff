package app.sorriso.billing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    List<Payment> findByPatientIdOrderByDueDateDesc(long patientId);
}
