package app.sorriso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a list shows when it has nothing: what happened, and what to do next. */
public class EmptyState extends Div {

    private final Span title = new Span();
    private final Paragraph hint = new Paragraph();

    public EmptyState(VaadinIcon icon, Component... actions) {
        addClassName("empty-state");
        Icon symbol = icon.create();
        symbol.addClassName("empty-state-icon");
        title.addClassName("empty-state-title");
        Div buttons = new Div(actions);
        buttons.addClassName("empty-state-actions");
        add(symbol, title, hint, buttons);
    }

    /** Shows the given (already translated) title and hint. */
    public void show(String titleText, String hintText) {
        title.setText(titleText);
        hint.setText(hintText);
        setVisible(true);
    }
}
