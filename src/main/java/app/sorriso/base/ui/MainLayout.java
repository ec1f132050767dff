package app.sorriso.base.ui;

import app.sorriso.base.ClinicProperties;
import app.sorriso.base.DisplayNamed;
import app.sorriso.base.i18n.ClinicI18NProvider;
import app.sorriso.base.i18n.LanguagePreference;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The back office and patient area frame: a side navigation listing only what the person's role may open (built from
 * the views' {@code @Menu} entries, which Vaadin filters by access), a header with the screen's name and the user menu.
 * On phones the navigation folds into a drawer behind the toggle.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final Span viewTitle = new Span();

    public MainLayout(AuthenticationContext authentication, ClinicProperties clinic) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        viewTitle.addClassName("layout-view-title");
        Div spacer = new Div();
        spacer.addClassName("layout-spacer");
        addToNavbar(toggle, viewTitle, spacer, userMenu());

        Scroller navigation = new Scroller(navigation());
        navigation.addClassName("layout-nav-scroller");
        addToDrawer(brand(clinic), navigation);
    }

    private Component brand(ClinicProperties clinic) {
        Icon logo = VaadinIcon.SMILEY_O.create();
        logo.addClassName("brand-logo");
        Span name = new Span(clinic.name());
        name.addClassName("brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("layout-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path(), icon(entry.icon())));
        }
        return nav;
    }

    private static Component icon(String name) {
        if (name == null || !name.contains(":")) {
            return VaadinIcon.CIRCLE_THIN.create();
        }
        String[] parts = name.split(":", 2);
        return new Icon(parts[0], parts[1]);
    }

    private Component userMenu() {
        String name = authentication
                .getAuthenticatedUser(DisplayNamed.class)
                .map(DisplayNamed::displayName)
                .orElseGet(() -> authentication.getPrincipalName().orElse(""));
        Avatar avatar = Avatars.of(name);
        avatar.addClassName("user-avatar");
        Span label = new Span(name);
        label.addClassName("user-name");
        Div trigger = new Div(avatar, label, VaadinIcon.CHEVRON_DOWN_SMALL.create());
        trigger.addClassName("user-trigger");

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("layout.user-menu"));
        MenuItem root = menu.addItem(trigger);
        SubMenu items = root.getSubMenu();
        items.addItem(
                labelled(VaadinIcon.USER, "layout.profile"), click -> getUI().ifPresent(ui -> ui.navigate("profile")));
        MenuItem language = items.addItem(labelled(VaadinIcon.GLOBE, "layout.language"));
        language.getSubMenu()
                .addItem(
                        getTranslation("language.pt"),
                        click -> LanguagePreference.choose(ClinicI18NProvider.PORTUGUESE));
        language.getSubMenu()
                .addItem(getTranslation("language.en"), click -> LanguagePreference.choose(Locale.ENGLISH));
        items.addSeparator();
        items.addItem(labelled(VaadinIcon.SIGN_OUT, "layout.logout"), click -> authentication.logout());
        return menu;
    }

    private Component labelled(VaadinIcon icon, String key) {
        Div item = new Div(icon.create(), new Span(getTranslation(key)));
        item.addClassName("menu-item");
        return item;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Views animate in by themselves (CSS on their root), since each navigation attaches a new view instance.
        Component view = getContent();
        viewTitle.setText(view instanceof HasDynamicTitle titled ? shortTitle(titled.getPageTitle()) : "");
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    private String shortTitle(String pageTitle) {
        int separator = pageTitle.indexOf(" · ");
        return separator < 0 ? pageTitle : pageTitle.substring(0, separator);
    }
}
