package app.sorriso.portal.ui;

import app.sorriso.base.BrazilianState;
import app.sorriso.base.ClinicException;
import app.sorriso.base.ui.FieldRefusals;
import app.sorriso.base.ui.Toasts;
import app.sorriso.patients.ContactChange;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/** The patient's phone, address and emergency contact, which they keep current themself. */
class ContactsCard extends Div {

    private final BeanValidationBinder<ContactChange> binder = new BeanValidationBinder<>(ContactChange.class);

    ContactsCard(PatientAccountService patients, Patient patient) {
        addClassNames("card", "profile-card");
        TextField phone = text("patient.field.phone", "phone");
        phone.setAutocomplete(Autocomplete.TEL);
        TextField zip = text("patient.field.zip-code", "address.zipCode");
        zip.setAutocomplete(Autocomplete.POSTAL_CODE);
        TextField street = text("patient.field.street", "address.street");
        street.setAutocomplete(Autocomplete.ADDRESS_LINE1);
        TextField number = text("patient.field.number", "address.addressNumber");
        TextField complement = text("patient.field.complement", "address.complement");
        TextField district = text("patient.field.district", "address.district");
        TextField city = text("patient.field.city", "address.city");
        Select<BrazilianState> state = new Select<>();
        state.setLabel(getTranslation("patient.field.state"));
        state.setItems(BrazilianState.values());
        state.setEmptySelectionAllowed(true);
        binder.forField(state).bind("address.state");
        TextField contactName = text("patient.field.emergency-name", "emergencyContactName");
        TextField contactPhone = text("patient.field.emergency-phone", "emergencyContactPhone");
        binder.setBean(ContactChange.of(patient));

        FormLayout form = new FormLayout(
                phone, zip, street, number, complement, district, city, state, contactName, contactPhone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(street, 2);
        Button save = new Button(getTranslation("me.profile.save-contacts"), click -> save(patients));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("me.profile.contacts")), form, save);
    }

    private TextField text(String labelKey, String property) {
        TextField field = new TextField(getTranslation(labelKey));
        binder.forField(field).withNullRepresentation("").bind(property);
        return field;
    }

    private void save(PatientAccountService patients) {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            Patient saved = patients.updateOwnContacts(binder.getBean());
            binder.setBean(ContactChange.of(saved));
            Toasts.success(getTranslation("me.profile.contacts-saved"));
        } catch (ClinicException refusal) {
            FieldRefusals.show(this, binder, refusal);
        }
    }
}
