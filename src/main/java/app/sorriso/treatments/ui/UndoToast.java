package app.sorriso.treatments.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * "Done, undo?": what a one-tap change says, with the way back in the same toast. It stays a little longer than the
 * app's other toasts, and at the bottom centre, where a thumb on a tablet reaches it.
 */
final class UndoToast {

    private static final int DURATION = 8000;

    private UndoToast() {}

    static Notification show(String text, String undoLabel, Runnable undo) {
        Notification notification = new Notification();
        Button undoButton = new Button(undoLabel, VaadinIcon.ROTATE_LEFT.create(), click -> {
            notification.close();
            undo.run();
        });
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undoButton.addClassName("undo-button");
        HorizontalLayout content = new HorizontalLayout(VaadinIcon.CHECK_CIRCLE.create(), new Span(text), undoButton);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        content.addClassNames("toast", "undo-toast");
        notification.add(content);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notification.setDuration(DURATION);
        notification.setPosition(Notification.Position.BOTTOM_CENTER);
        if (UI.getCurrent() != null) {
            notification.open();
        }
        return notification;
    }
}
