package app.sorriso.api;

import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientSearch;
import app.sorriso.patients.PatientService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/patients")
@Tag(name = "Staff")
class PatientsController {

    /** The API's sort names and the properties behind them; the first is the default order. */
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("name", "fullName");
        SORTABLE.put("birthDate", "birthDate");
    }

    private final PatientService patients;

    PatientsController(PatientService patients) {
        this.patients = patients;
    }

    @GetMapping
    @Operation(
            summary = "Search patients (RECEPTION, ADMIN)",
            description = "By name (any accents and case, words in any order), the first digits of the CPF or digits "
                    + "of the phone. Pages of at most 100.")
    PageOf<PatientSummary> search(
            @Parameter(description = "What to look for; empty lists everyone") @RequestParam(required = false) String q,
            @Parameter(description = "Only active (true) or inactive (false) patients") @RequestParam(required = false)
                    Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @Parameter(description = "name or birthDate, then ,asc or ,desc") @RequestParam(required = false)
                    String sort) {
        return PageOf.of(
                patients.search(new PatientSearch(q, active, false), Paging.of(page, size, sort, SORTABLE)),
                PatientSummary::of);
    }

    record PatientSummary(
            long id,
            String name,
            String cpf,
            LocalDate birthDate,
            String phone,
            String email,
            boolean active,
            boolean healthAlerts) {

        static PatientSummary of(Patient patient) {
            return new PatientSummary(
                    patient.getId(),
                    patient.getFullName(),
                    Cpf.format(patient.getCpf()),
                    patient.getBirthDate(),
                    patient.getPhone(),
                    patient.getEmail(),
                    patient.isActive(),
                    patient.hasHealthAlerts());
        }
    }
}
