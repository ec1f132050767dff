package app.sorriso.billing.ui;

import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientSearch;
import app.sorriso.patients.PatientService;
import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A patient chosen by typing a name or CPF, the matches loaded a page at a time as the list scrolls. */
final class PatientChoice {

    private PatientChoice() {}

    /** @param active only active patients (true) or any (null) */
    static ComboBox<Patient> of(ComboBox<Patient> field, PatientService patients, Boolean active) {
        field.setItems(query -> patients
                .search(
                        new PatientSearch(query.getFilter().orElse(""), active, false),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("fullName")))
                .stream());
        field.setItemLabelGenerator(found -> found.getFullName() + " · " + Cpf.format(found.getCpf()));
        return field;
    }
}
