package app.sorriso.professionals;

import app.sorriso.base.BrazilianState;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProfessionalRepository extends JpaRepository<Professional, Long>, JpaSpecificationExecutor<Professional> {

    List<Professional> findByActiveTrueOrderByName();

    Optional<Professional> findByCroStateAndCroNumber(BrazilianState croState, String croNumber);

    Optional<Professional> findByUserAccountId(Long userAccountId);
}
