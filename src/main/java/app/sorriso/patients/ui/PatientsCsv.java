package app.sorriso.patients.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.CsvExport;
import app.sorriso.base.Phones;
import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientSearch;
import app.sorriso.patients.PatientService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/**
 * The patient list's current search as a CSV file, read a page at a time. Texts are translated when the list is
 * built: the file is written on the download's own request, outside the screen's session lock.
 */
final class PatientsCsv {

    private static final int PAGE = 500;

    private final List<String> header;
    private final String active;
    private final String inactive;

    PatientsCsv(Component owner) {
        header = List.of(
                owner.getTranslation("patient.field.full-name"),
                owner.getTranslation("patient.field.cpf"),
                owner.getTranslation("patient.field.birth-date"),
                owner.getTranslation("patient.field.phone"),
                owner.getTranslation("patient.field.email"),
                owner.getTranslation("patients.filter.status"));
        active = owner.getTranslation("patients.status.active");
        inactive = owner.getTranslation("patients.status.inactive");
    }

    DownloadHandler download(PatientService patients, Supplier<PatientSearch> search) {
        return event -> {
            event.setFileName("pacientes.csv");
            event.setContentType(CsvExport.CONTENT_TYPE);
            PatientSearch criteria = search.get();
            try (OutputStream out = event.getOutputStream();
                    CsvExport csv = CsvExport.open(out, header)) {
                Slice<Patient> page = patients.search(criteria, PageRequest.of(0, PAGE, Sort.by("fullName", "id")));
                page.forEach(patient -> csv.row(row(patient)));
                while (page.hasNext()) {
                    page = patients.search(criteria, page.nextPageable());
                    page.forEach(patient -> csv.row(row(patient)));
                }
            }
        };
    }

    private List<String> row(Patient patient) {
        return Arrays.asList(
                patient.getFullName(),
                Cpf.format(patient.getCpf()),
                ClinicFormats.date(patient.getBirthDate()),
                Phones.format(patient.getPhone()),
                patient.getEmail(),
                patient.isActive() ? active : inactive);
    }
}
