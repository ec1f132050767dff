package app.sorriso.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One key figure: what it is, its value, and a line that puts it in context. */
class KpiCard extends Div {

    KpiCard(VaadinIcon icon, String label, String value, Component detail) {
        addClassNames("card", "kpi-card");
        var symbol = icon.create();
        symbol.addClassName("kpi-icon");
        Span name = new Span(label);
        name.addClassName("kpi-label");
        Span figure = new Span(value);
        figure.addClassName("kpi-value");
        Div head = new Div(symbol, name);
        head.addClassName("kpi-head");
        detail.addClassName("kpi-detail");
        add(head, figure, detail);
    }
}
