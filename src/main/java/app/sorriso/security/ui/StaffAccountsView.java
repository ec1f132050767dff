package app.sorriso.security.ui;

import app.sorriso.base.ui.EmptyState;
import app.sorriso.base.ui.FormDialog;
import app.sorriso.base.ui.Toasts;
import app.sorriso.security.Role;
import app.sorriso.security.Roles;
import app.sorriso.security.StaffAccountDraft;
import app.sorriso.security.StaffAccountService;
import app.sorriso.security.TemporaryPassword;
import app.sorriso.security.UserAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** Staff accounts and their roles: who may log in to the back office, as what, and who no longer may. */
@Route("staff")
@Menu(title = "staff.title", order = 8, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class StaffAccountsView extends Div implements HasDynamicTitle {

    private final StaffAccountService staff;
    private final TextField search = new TextField();
    private final Select<Role> roleFilter = new Select<>();
    private final StaffGrid grid;
    private final EmptyState empty = new EmptyState(VaadinIcon.KEY);

    public StaffAccountsView(StaffAccountService staff, Clock clock) {
        this.staff = staff;
        addClassNames("view", "staff-view");
        grid = new StaffGrid(clock.getZone(), this::actions);

        Button create = new Button(getTranslation("staff.new"), VaadinIcon.PLUS.create(), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new H1(getTranslation("staff.title")), create);
        header.addClassName("view-header");

        search.setPlaceholder(getTranslation("staff.search"));
        search.setAriaLabel(getTranslation("staff.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("search-field");
        search.addValueChangeListener(change -> refresh());
        roleFilter.setAriaLabel(getTranslation("staff.field.role"));
        roleFilter.setItems(Role.ADMIN, Role.RECEPTION, Role.DENTIST);
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("staff.filter.all-roles"));
        roleFilter.setPlaceholder(getTranslation("staff.filter.all-roles"));
        roleFilter.setItemLabelGenerator(role -> role == null ? "" : getTranslation(role.messageKey()));
        roleFilter.addValueChangeListener(change -> refresh());
        Div toolbar = new Div(search, roleFilter);
        toolbar.addClassName("view-toolbar");

        grid.setItems(query -> {
            var page = staff.search(
                    search.getValue(), roleFilter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query));
            if (query.getOffset() == 0) {
                showEmptyState(page.isEmpty());
            }
            return page.stream();
        });
        empty.setVisible(false);
        add(header, toolbar, grid, empty);
    }

    /** The grid shows again first: a hidden grid asks for no rows, so it could never find out it has some again. */
    private void refresh() {
        grid.setVisible(true);
        empty.setVisible(false);
        grid.getDataProvider().refreshAll();
    }

    private void showEmptyState(boolean nothing) {
        grid.setVisible(!nothing);
        empty.setVisible(nothing);
        if (nothing) {
            empty.show(getTranslation("staff.empty.title"), getTranslation("staff.empty.hint"));
        }
    }

    private Component actions(UserAccount account) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("staff.actions", account.getName()));
        root.getSubMenu().addItem(getTranslation("staff.edit"), click -> openEdit(account));
        root.getSubMenu().addItem(getTranslation("staff.reset"), click -> confirmReset(account));
        if (account.isEnabled()) {
            root.getSubMenu().addItem(getTranslation("staff.disable"), click -> confirmDisable(account));
        } else {
            root.getSubMenu().addItem(getTranslation("staff.enable"), click -> enable(account));
        }
        return menu;
    }

    private void openCreate() {
        StaffAccountForm form = new StaffAccountForm(true);
        StaffAccountDraft draft = new StaffAccountDraft();
        FormDialog<StaffAccountDraft> dialog =
                new FormDialog<>(getTranslation("staff.new"), form, form.binder(), this::create, created -> {
                    refresh();
                    new TemporaryPasswordDialog(created.getName(), draft.getTemporaryPassword()).open();
                });
        dialog.open(draft);
    }

    private StaffAccountDraft create(StaffAccountDraft draft) {
        return StaffAccountDraft.of(staff.create(draft));
    }

    private StaffAccountDraft update(StaffAccountDraft draft) {
        return StaffAccountDraft.of(staff.update(draft));
    }

    private void openEdit(UserAccount account) {
        StaffAccountForm form = new StaffAccountForm(false);
        FormDialog<StaffAccountDraft> dialog = new FormDialog<>(
                getTranslation("staff.edit.title", account.getName()), form, form.binder(), this::update, saved -> {
                    refresh();
                    Toasts.success(getTranslation("form.saved"));
                });
        dialog.open(StaffAccountDraft.of(account));
    }

    private void confirmDisable(UserAccount account) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("staff.disable.title", account.getName()));
        confirm.setText(getTranslation("staff.disable.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("staff.disable"));
        confirm.setConfirmButtonTheme(
                ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.addConfirmListener(event -> {
            staff.disable(account.getId());
            refresh();
            Toasts.success(getTranslation("staff.disabled", account.getName()));
        });
        confirm.open();
    }

    private void enable(UserAccount account) {
        staff.enable(account.getId());
        refresh();
        Toasts.success(getTranslation("staff.enabled", account.getName()));
    }

    private void confirmReset(UserAccount account) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("staff.reset.title", account.getName()));
        confirm.setText(getTranslation("staff.reset.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("staff.reset"));
        confirm.addConfirmListener(event -> {
            String password = TemporaryPassword.generate();
            staff.resetTemporaryPassword(account.getId(), password);
            new TemporaryPasswordDialog(account.getName(), password).open();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " · " + getTranslation("app.name");
    }
}
