package app.sorriso.files;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    List<StoredFile> findByPatientIdOrderByUploadedAtDescIdDesc(long patientId);

    List<StoredFile> findByTreatmentStepIdOrderByUploadedAtAscIdAsc(long treatmentStepId);
}
