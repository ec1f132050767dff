package app.sorriso.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A value shown read-only under its small label, as profiles and summaries list facts (see {@code .field}). */
public class LabelledValue extends Div {

    public LabelledValue(String label, String value) {
        Span labelText = new Span(label);
        labelText.addClassName("field-label");
        Span valueText = new Span(value);
        valueText.addClassName("field-value");
        addClassName("field");
        add(labelText, valueText);
    }
}
