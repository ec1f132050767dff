package app.sorriso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Chart.js in the browser (Vaadin Charts is commercial). The server sends only labels and numbers;
 * the browser draws, resizes and animates. A text alternative for screen readers is given with
 * {@link #setDescription}.
 */
@Tag("clinic-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/clinic-chart.js")
public class ClinicChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Kind kind;
    private final boolean money;

    /**
     * @param money whether the values are amounts in reais (axis and tooltips then read R$)
     */
    public ClinicChart(Kind kind, boolean money) {
        this.kind = kind;
        this.money = money;
        getElement().setAttribute("role", "img");
        addClassName("clinic-chart");
    }

    /** Draws the given series over the labels (months, professionals, methods). */
    public void show(List<String> labels, List<Series> series) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", kind == Kind.HORIZONTAL_BAR ? "bar" : kind.name().toLowerCase(Locale.ROOT));
        config.put("horizontal", kind == Kind.HORIZONTAL_BAR);
        config.put("money", money);
        config.put("labels", labels);
        config.put("datasets", series.stream().map(this::dataset).toList());
        getElement().setProperty("config", JSON.writeValueAsString(config));
    }

    /** What the chart shows, in words, for people who cannot see it. */
    public void setDescription(String description) {
        getElement().setAttribute("aria-label", description);
    }

    private Map<String, Object> dataset(Series series) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", series.label());
        dataset.put("data", series.values());
        dataset.put(
                "backgroundColor", series.colors().size() == 1 ? series.colors().getFirst() : series.colors());
        dataset.put(
                "borderColor",
                kind == Kind.DOUGHNUT ? "transparent" : series.colors().getFirst());
        dataset.put("borderRadius", kind == Kind.DOUGHNUT ? 0 : 6);
        dataset.put("maxBarThickness", 48);
        return dataset;
    }

    public enum Kind {
        BAR,
        HORIZONTAL_BAR,
        LINE,
        DOUGHNUT
    }

    /**
     * One series of values, with one colour for all of them or one colour per value (a doughnut's slices).
     *
     * @param colors CSS colours such as {@code #0f766e}
     */
    public record Series(String label, List<? extends Number> values, List<String> colors) {}
}
