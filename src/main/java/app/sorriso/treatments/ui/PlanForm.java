package app.sorriso.treatments.ui;

import app.sorriso.patients.Cpf;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientSearch;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.treatments.TreatmentPlan;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A plan's name, description and responsible dentist, and for a new plan its patient (found as you type). A dentist
 * plans as themselves: the dentist field then shows them and cannot be changed.
 */
class PlanForm extends FormLayout {

    private final Binder<PlanDraft> binder = new Binder<>(PlanDraft.class);

    /**
     * @param patients to choose the patient from; null when the patient is already given (or cannot change)
     * @param dentists the dentists the plan may be given to; one for a dentist, who plans as themselves
     */
    PlanForm(PatientService patients, List<Professional> dentists) {
        addClassName("plan-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));

        if (patients != null) {
            ComboBox<Patient> patient = new ComboBox<>(getTranslation("plan.field.patient"));
            patient.setItems(query -> patients
                    .search(
                            new PatientSearch(query.getFilter().orElse(""), true, false),
                            PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("fullName")))
                    .stream());
            patient.setItemLabelGenerator(found -> found.getFullName() + " · " + Cpf.format(found.getCpf()));
            binder.forField(patient)
                    .asRequired(getTranslation("plan.patient.required"))
                    .bind("patient");
            setColspan(patient, 2);
            add(patient);
        }

        TextField name = new TextField(getTranslation("plan.field.name"));
        name.setMaxLength(TreatmentPlan.NAME_MAX);
        name.setPlaceholder(getTranslation("plan.field.name.placeholder"));
        binder.forField(name).asRequired(getTranslation("plan.name.required")).bind("name");

        Select<Professional> professional = new Select<>();
        professional.setLabel(getTranslation("plan.field.professional"));
        professional.setItems(dentists);
        professional.setItemLabelGenerator(Professional::getName);
        professional.setReadOnly(dentists.size() == 1);
        binder.forField(professional)
                .asRequired(getTranslation("plan.professional.required"))
                .bind("professional");

        TextArea description = new TextArea(getTranslation("plan.field.description"));
        description.setMaxLength(TreatmentPlan.DESCRIPTION_MAX);
        binder.forField(description).bind("description");
        setColspan(description, 2);

        add(name, professional, description);
    }

    Binder<PlanDraft> binder() {
        return binder;
    }
}
