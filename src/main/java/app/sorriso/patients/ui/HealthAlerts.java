package app.sorriso.patients.ui;

import app.sorriso.patients.Patient;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.modulith.NamedInterface;

/**
 * The banner every screen that opens a patient puts on top: allergies, conditions and medications, in red. Other
 * modules' screens (the agenda, a dentist's day) show it too, so it is this module's one shared piece of UI.
 */
@NamedInterface("health-alerts")
public class HealthAlerts extends Div {

    public HealthAlerts(Patient patient) {
        this(patient.getAllergies(), patient.getConditions(), patient.getMedications());
    }

    /** The same banner from the alerts alone, for lists that carry them without the whole record. */
    public HealthAlerts(String allergies, String conditions, String medications) {
        addClassName("health-alerts");
        setVisible(allergies != null || conditions != null || medications != null);
        alert("patient.field.allergies", allergies);
        alert("patient.field.conditions", conditions);
        alert("patient.field.medications", medications);
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
