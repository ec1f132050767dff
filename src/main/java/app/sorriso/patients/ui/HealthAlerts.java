package app.sorriso.patients.ui;

import app.sorriso.patients.Patient;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The banner every screen that opens a patient puts on top: allergies, conditions and medications, in red. */
public class HealthAlerts extends Div {

    public HealthAlerts(Patient patient) {
        addClassName("health-alerts");
        setVisible(patient.hasHealthAlerts());
        alert("patient.field.allergies", patient.getAllergies());
        alert("patient.field.conditions", patient.getConditions());
        alert("patient.field.medications", patient.getMedications());
    }

    private void alert(String labelKey, String text) {
        if (text == null) {
            return;
        }
        Span label = new Span(getTranslation(labelKey) + ":");
        label.addClassName("health-alert-label");
        Div alert = new Div(VaadinIcon.EXCLAMATION_CIRCLE.create(), label, new Span(text));
        alert.addClassName("health-alert");
        alert.getElement().setAttribute("role", "alert");
        add(alert);
    }
}
