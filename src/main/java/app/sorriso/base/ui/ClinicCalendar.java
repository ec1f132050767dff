package app.sorriso.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A calendar over FullCalendar (day, week, month and list views) that asks the server for one visible range at a
 * time. It speaks in the clinic's wall-clock time ({@link LocalDateTime}); the browser's own zone never matters.
 *
 * <p>Owners give it a {@link Source} for the entries of a range, and listen for a selected free range, a clicked
 * entry and a moved or resized entry. A move handler says whether the move stood; a refused one snaps back.
 */
@Tag("clinic-calendar")
@NpmPackage(value = "@fullcalendar/core", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/daygrid", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/timegrid", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/list", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/interaction", version = "6.1.22")
@JsModule("./components/clinic-calendar.js")
public class ClinicCalendar extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final Source source;
    private BiConsumer<LocalDateTime, LocalDateTime> onSelect = (start, end) -> {};
    private Consumer<String> onClick = id -> {};
    private MoveHandler onMove = (id, version, start, end) -> false;

    public ClinicCalendar(Source source) {
        this.source = source;
        addClassName("clinic-calendar");
    }

    /** Draws the calendar; {@code hours} shade the working hours, and only an editable calendar selects and drags. */
    public void configure(Locale locale, LocalDateTime now, List<Hours> hours, boolean editable) {
        LocalTime first =
                hours.stream().map(Hours::start).min(LocalTime::compareTo).orElse(LocalTime.of(7, 0));
        LocalTime last =
                hours.stream().map(Hours::end).max(LocalTime::compareTo).orElse(LocalTime.of(20, 0));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("locale", locale.getLanguage().equals("pt") ? "pt-br" : "en");
        options.put("now", WALL_CLOCK.format(now));
        options.put("slotMinTime", HOURS.format(first.minusHours(first.getHour() > 0 ? 1 : 0)));
        options.put("slotMaxTime", last.getHour() >= 23 ? "24:00" : HOURS.format(last.plusHours(1)));
        options.put("scrollTime", HOURS.format(first));
        options.put("businessHours", businessHours(hours));
        // Days nobody works (a clinic closed on Sundays) give their width to the days that matter.
        options.put(
                "hiddenDays",
                hours.isEmpty()
                        ? List.of()
                        : java.util.Arrays.stream(DayOfWeek.values())
                                .filter(day -> hours.stream().noneMatch(period -> period.day() == day))
                                .map(day -> day.getValue() % 7)
                                .toList());
        options.put("editable", editable);
        getElement().callJsFunction("configure", JSON.writeValueAsString(options));
    }

    /** Loads the visible range again, e.g. after a booking or a change of filter, with the hours to shade. */
    public void refresh(List<Hours> hours) {
        getElement().callJsFunction("refetch", JSON.writeValueAsString(businessHours(hours)));
    }

    public void goTo(LocalDate day) {
        getElement().callJsFunction("goTo", day.toString());
    }

    public void onSelect(BiConsumer<LocalDateTime, LocalDateTime> listener) {
        this.onSelect = listener;
    }

    public void onClick(Consumer<String> listener) {
        this.onClick = listener;
    }

    public void onMove(MoveHandler handler) {
        this.onMove = handler;
    }

    @ClientCallable
    private String events(String start, String end) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (Entry entry : source.entries(wallClock(start), wallClock(end))) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", entry.id());
            event.put("title", entry.title());
            event.put("start", WALL_CLOCK.format(entry.start()));
            event.put("end", WALL_CLOCK.format(entry.end()));
            // Only the border: month and list views draw their dot with it, while the time grid's tinted block is
            // the stylesheet's (an inline background would win over it).
            event.put("borderColor", entry.color());
            event.put("editable", entry.editable());
            event.put("classNames", List.of("cal-event"));
            Map<String, Object> props = new LinkedHashMap<>(entry.details());
            props.put("color", entry.color());
            props.put("version", entry.version());
            event.put("extendedProps", props);
            events.add(event);
        }
        for (Shade shade : source.shades(wallClock(start), wallClock(end))) {
            events.add(Map.of(
                    "title", shade.title(),
                    "start", WALL_CLOCK.format(shade.start()),
                    "end", WALL_CLOCK.format(shade.end()),
                    "display", "background",
                    "classNames", List.of("cal-shade")));
        }
        return JSON.writeValueAsString(events);
    }

    @ClientCallable
    private void selected(String start, String end) {
        onSelect.accept(wallClock(start), wallClock(end));
    }

    @ClientCallable
    private void clicked(String id) {
        onClick.accept(id);
    }

    @ClientCallable
    private boolean moved(String id, long version, String start, String end) {
        return onMove.move(id, version, wallClock(start), wallClock(end));
    }

    private static List<Map<String, Object>> businessHours(List<Hours> hours) {
        return hours.stream()
                .map(period -> Map.<String, Object>of(
                        "daysOfWeek", List.of(period.day().getValue() % 7),
                        "startTime", HOURS.format(period.start()),
                        "endTime", HOURS.format(period.end())))
                .toList();
    }

    /** The calendar runs in UTC so that its times are the clinic's wall-clock times: drop the "Z" it adds. */
    private static LocalDateTime wallClock(String value) {
        return value.length() <= 10
                ? LocalDate.parse(value).atStartOfDay()
                : OffsetDateTime.parse(value).toLocalDateTime();
    }

    /** What fills a range: the entries, and shaded stretches such as a professional's time off. */
    public interface Source {

        List<Entry> entries(LocalDateTime start, LocalDateTime end);

        List<Shade> shades(LocalDateTime start, LocalDateTime end);
    }

    /** Decides a drag or resize; {@code false} puts the entry back where it was. */
    @FunctionalInterface
    public interface MoveHandler {

        boolean move(String id, long version, LocalDateTime start, LocalDateTime end);
    }

    /**
     * One entry on the calendar. {@code details} reach the browser's rendering: {@code professional},
     * {@code status}, {@code statusLabel} and {@code alert} are drawn on the entry.
     */
    public record Entry(
            String id,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            String color,
            boolean editable,
            long version,
            Map<String, Object> details) {}

    /** A stretch drawn behind the entries, e.g. time off. */
    public record Shade(String title, LocalDateTime start, LocalDateTime end) {}

    /** Working hours of a weekday, shaded as business hours. */
    public record Hours(DayOfWeek day, LocalTime start, LocalTime end) {}
}
