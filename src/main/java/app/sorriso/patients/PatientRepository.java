package app.sorriso.patients;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PatientRepository extends JpaRepository<Patient, Long>, JpaSpecificationExecutor<Patient> {

    Optional<Patient> findByCpf(String cpf);

    Optional<Patient> findByUserAccountId(long userAccountId);

    /** Appointments, plans, payments or files: see {@code patient_has_history} in the migrations. */
    @Query(value = "select patient_has_history(:id)", nativeQuery = true)
    boolean hasHistory(long id);
}
