package app.sorriso.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A module's main view before the module is built: it names the screen and says what will come there, so that the
 * navigation is complete and each role can already find its way around.
 */
public abstract class PlaceholderView extends Composite<Div> implements HasDynamicTitle {

    private final String key;

    /**
     * @param key the view's translation prefix: {@code <key>.title} names it, {@code <key>.coming} describes it
     * @param icon the same icon as the view's menu entry
     */
    protected PlaceholderView(String key, VaadinIcon icon) {
        this.key = key;
        Div root = getContent();
        root.addClassNames("view", "placeholder-view");

        H1 title = new H1(getTranslation(key + ".title"));
        title.addClassName("view-title");

        Icon symbol = icon.create();
        symbol.addClassName("placeholder-icon");
        Span badge = new Span(getTranslation("placeholder.badge"));
        badge.addClassName("pill");
        H2 heading = new H2(getTranslation("placeholder.heading"));
        Paragraph description = new Paragraph(getTranslation(key + ".coming"));

        Div card = new Div(symbol, badge, heading, description);
        card.addClassName("placeholder-card");
        root.add(title, card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(key + ".title") + " · " + getTranslation("app.name");
    }
}
