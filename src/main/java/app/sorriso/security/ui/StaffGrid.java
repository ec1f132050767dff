package app.sorriso.security.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ui.Avatars;
import app.sorriso.base.ui.ResponsiveGrid;
import app.sorriso.security.UserAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.time.ZoneId;
import java.util.List;

/** The staff list: columns on wide screens, one card per person on phones, and the row's actions in both. */
class StaffGrid extends Grid<UserAccount> {

    private final ZoneId zone;

    StaffGrid(ZoneId zone, SerializableFunction<UserAccount, Component> actions) {
        super(UserAccount.class, false);
        this.zone = zone;
        addClassName("data-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        Column<UserAccount> card = addComponentColumn(account -> card(account, actions.apply(account)))
                .setHeader(getTranslation("staff.field.name"))
                .setSortProperty("name");
        List<Column<UserAccount>> columns = List.of(
                addComponentColumn(StaffGrid::person)
                        .setHeader(getTranslation("staff.field.name"))
                        .setSortProperty("name")
                        .setFlexGrow(2),
                addColumn(UserAccount::getEmail)
                        .setHeader(getTranslation("staff.field.email"))
                        .setSortProperty("email")
                        .setFlexGrow(2),
                addColumn(account -> getTranslation(account.getRole().messageKey()))
                        .setHeader(getTranslation("staff.field.role"))
                        .setSortProperty("role"),
                addComponentColumn(this::status).setHeader(getTranslation("staff.status")),
                addColumn(this::lastLogin)
                        .setHeader(getTranslation("staff.last-login"))
                        .setSortProperty("lastLoginAt"),
                addComponentColumn(actions::apply).setFlexGrow(0).setWidth("4.5rem"));
        ResponsiveGrid.switchColumns(this, card, columns);
    }

    private static Component person(UserAccount account) {
        Div person = new Div(Avatars.of(account.getName()), new Span(account.getName()));
        person.addClassName("staff-person");
        return person;
    }

    private Span status(UserAccount account) {
        Span pill = new Span(getTranslation(account.isEnabled() ? "staff.status.active" : "staff.status.disabled"));
        pill.addClassNames("status-pill", account.isEnabled() ? "positive" : "negative");
        return pill;
    }

    private String lastLogin(UserAccount account) {
        return account.getLastLoginAt() == null
                ? getTranslation("staff.last-login.never")
                : ClinicFormats.DATE_TIME.format(account.getLastLoginAt().atZone(zone));
    }

    private Component card(UserAccount account, Component actions) {
        Span title = new Span(account.getName());
        title.addClassName("grid-card-title");
        Span email = new Span(account.getEmail());
        Span role = new Span(getTranslation(account.getRole().messageKey()) + " · " + lastLogin(account));
        email.addClassName("grid-card-line");
        role.addClassName("grid-card-line");
        Div text = new Div(title, email, role, status(account));
        text.addClassName("grid-card-text");
        Div card = new Div(Avatars.of(account.getName()), text, actions);
        card.addClassNames("grid-card", "staff-card");
        return card;
    }
}
