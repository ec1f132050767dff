package app.sorriso.treatments.ui;

import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.Tooth;
import app.sorriso.treatments.ToothState;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The patient's teeth in FDI layout, permanent and primary, each coloured by how far its steps have come (planned, in
 * progress, done), with the surfaces the steps cover filled in. Drawn on the server as SVG, so there is no image file
 * and nothing to install in the browser. A tap (or Enter on a focused tooth) tells the listeners which tooth it was.
 * On a phone the two sides of the mouth stack, so each tooth stays big enough to read and to tap.
 */
@StyleSheet(TreatmentsStyles.URL)
public class Odontogram extends Div {

    /** The tapped tooth's number, found from whatever part of it was hit. */
    private static final String TAPPED_TOOTH = "event.target.closest('[data-tooth]')?.getAttribute('data-tooth')";

    private final Svg wide = new Svg();
    private final Svg narrow = new Svg();
    private final List<SerializableConsumer<Integer>> listeners = new ArrayList<>();

    public Odontogram() {
        addClassName("odontogram");
        wide.addClassName("odontogram-wide");
        narrow.addClassName("odontogram-narrow");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("odontogram.label"));
        add(wide, narrow, legend());
        getElement()
                .addEventListener("click", event -> tapped(event.getEventData().get(TAPPED_TOOTH)))
                .addEventData(TAPPED_TOOTH);
        getElement()
                .addEventListener(
                        "keydown", event -> tapped(event.getEventData().get(TAPPED_TOOTH)))
                .addEventData(TAPPED_TOOTH)
                .setFilter("event.key === 'Enter' || event.key === ' '");
        show(List.of());
    }

    /** Colours the teeth by these steps (of one plan, or of all a patient's plans). */
    public void show(List<PlanOverview.Step> steps) {
        Map<Integer, ToothMark> marks = ToothMark.of(steps);
        String right = getTranslation("odontogram.side.right");
        String left = getTranslation("odontogram.side.left");
        wide.setSvg(OdontogramDrawing.wide(marks, tooth -> describe(tooth, marks.get(tooth.number())), right, left));
        narrow.setSvg(
                OdontogramDrawing.narrow(marks, tooth -> describe(tooth, marks.get(tooth.number())), right, left));
    }

    public Registration addToothClickListener(SerializableConsumer<Integer> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** What tapping the tooth does; the browser calls it through the click listener. */
    void tap(int tooth) {
        if (Tooth.isValid(tooth)) {
            List.copyOf(listeners).forEach(listener -> listener.accept(tooth));
        }
    }

    private void tapped(JsonNode tooth) {
        if (tooth != null && tooth.isString()) {
            try {
                tap(Integer.parseInt(tooth.asString()));
            } catch (NumberFormatException notATooth) {
                // a tap between teeth, or on something that is not one
            }
        }
    }

    private String describe(Tooth tooth, ToothMark mark) {
        String name = getTranslation("tooth.label", tooth.number()) + " · " + ToothNames.of(this, tooth);
        if (mark == null) {
            return name + " · " + getTranslation("odontogram.no-steps");
        }
        return name + " · " + getTranslation(mark.state().messageKey()) + " · "
                + getTranslation("odontogram.steps", mark.done(), mark.steps());
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("odontogram-legend");
        for (ToothState state : ToothState.values()) {
            Span swatch = new Span();
            swatch.addClassNames("odontogram-swatch", "state-" + state.name().toLowerCase(Locale.ROOT));
            Span item = new Span(swatch, new Span(getTranslation(state.messageKey())));
            item.addClassName("odontogram-legend-item");
            legend.add(item);
        }
        return legend;
    }
}
