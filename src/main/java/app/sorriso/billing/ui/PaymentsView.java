package app.sorriso.billing.ui;

import app.sorriso.base.ui.PlaceholderView;
import app.sorriso.security.Roles;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Payments per patient, instalments and their status. */
@Route("payments")
@Menu(title = "payments.title", order = 6, icon = "vaadin:wallet")
@RolesAllowed({Roles.ADMIN, Roles.RECEPTION})
public class PaymentsView extends PlaceholderView {

    public PaymentsView() {
        super("payments", VaadinIcon.WALLET);
    }
}
