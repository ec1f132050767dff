package app.sorriso.patients;

import com.vaadin.flow.component.Component;

/**
 * A tab that another module adds to the patient page (appointments, plans, payments, files). The patient page lists
 * every such bean, so the modules that keep data about a patient plug in without the patients module knowing them.
 */
public interface PatientTab {

    /** The bundle key of the tab's title; it replaces the placeholder tab of the same key. */
    String titleKey();

    /** The tab's content for one patient, built when the page opens. */
    Component content(long patientId);
}
