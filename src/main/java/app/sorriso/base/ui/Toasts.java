package app.sorriso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The one way the app tells a person that something happened: short toasts, coloured by outcome. */
public final class Toasts {

    private static final int SHORT = 3500;
    private static final int LONG = 7000;

    private Toasts() {}

    public static Notification success(String text) {
        return show(text, VaadinIcon.CHECK_CIRCLE, NotificationVariant.LUMO_SUCCESS, SHORT);
    }

    public static Notification info(String text) {
        return show(text, VaadinIcon.INFO_CIRCLE, NotificationVariant.LUMO_PRIMARY, SHORT);
    }

    /** Errors stay longer: the person has to read why, and usually what to do next. */
    public static Notification error(String text) {
        Notification notification = show(text, VaadinIcon.WARNING, NotificationVariant.LUMO_ERROR, LONG);
        notification.setAssertive(true);
        return notification;
    }

    private static Notification show(String text, VaadinIcon icon, NotificationVariant variant, int duration) {
        HorizontalLayout content = new HorizontalLayout(icon.create(), new Span(text));
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        content.addClassName("toast");

        Notification notification = new Notification(content);
        notification.addThemeVariants(variant);
        notification.setDuration(duration);
        notification.setPosition(Notification.Position.BOTTOM_END);
        if (UI.getCurrent() != null) {
            notification.open();
        }
        return notification;
    }
}
