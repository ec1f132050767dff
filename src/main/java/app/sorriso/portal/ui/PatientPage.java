package app.sorriso.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLink;

/**
 * A screen of the patient's own area. On a phone, where patients use it most, the five places they go to sit in a
 * tab bar under the thumb; on wider screens the side navigation does that job and the bar is hidden.
 */
abstract class PatientPage extends Div implements HasDynamicTitle {

    private final String titleKey;

    PatientPage(String titleKey) {
        this.titleKey = titleKey;
        addClassNames("view", "patient-page");
        add(tabBar());
    }

    protected H1 heading() {
        H1 heading = new H1(getTranslation(titleKey));
        heading.addClassName("view-title");
        return heading;
    }

    private Nav tabBar() {
        Nav bar = new Nav(
                tab(VaadinIcon.HOME_O, "me.tab.home", PatientHomeView.class),
                tab(VaadinIcon.CALENDAR_O, "me.tab.book", RequestAppointmentView.class),
                tab(VaadinIcon.RECORDS, "me.tab.history", MyHistoryView.class),
                tab(VaadinIcon.FILE_PICTURE, "me.tab.exams", MyExamsView.class),
                tab(VaadinIcon.USER, "me.tab.profile", MyProfileView.class));
        bar.addClassName("patient-tab-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        return bar;
    }

    private RouterLink tab(VaadinIcon icon, String labelKey, Class<? extends Component> target) {
        RouterLink link = new RouterLink();
        link.setRoute(target);
        link.add(icon.create(), new Span(getTranslation(labelKey)));
        link.setHighlightCondition(HighlightConditions.sameLocation());
        link.addClassName("patient-tab");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
