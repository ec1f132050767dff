package app.sorriso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The desk's day: a receptionist books an appointment by selecting a free range on the agenda, drags it to a new
 * time, and checks a patient in from the day's grid.
 */
class DeskJourney extends BrowserJourney {

    /**
     * The first free hour inside the shown professional's working hours, well past the demo's bookings (which reach
     * eight weeks ahead), so whoever is booked has nothing else at that time.
     */
    private static final String FREE_HOUR = """
            () => {
              const calendar = document.querySelector('clinic-calendar').calendar;
              const taken = calendar.getEvents().filter(e => e.display !== 'background');
              const hours = calendar.getOption('businessHours') || [];
              const view = calendar.view;
              for (let day = view.activeStart; day < view.activeEnd; day = new Date(day.getTime() + 864e5)) {
                for (const period of hours.filter(p => p.daysOfWeek.includes(day.getUTCDay()))) {
                  const [sh, sm] = period.startTime.split(':').map(Number);
                  const [eh, em] = period.endTime.split(':').map(Number);
                  for (let minute = sh * 60 + sm; minute + 90 <= eh * 60 + em; minute += 30) {
                    const start = new Date(day.getTime() + minute * 6e4);
                    const end = new Date(start.getTime() + 90 * 6e4);
                    if (!taken.some(e => e.start < end && e.end > start)) {
                      const two = n => String(n).padStart(2, '0');
                      const hhmm = m => two(Math.floor(m / 60)) + ':' + two(m % 60);
                      return { date: day.toISOString().slice(0, 10), from: hhmm(minute), to: hhmm(minute + 30) };
                    }
                  }
                }
              }
              return null;
            }""";

    @ParameterizedTest
    @EnumSource(names = {"DESKTOP", "PHONE"})
    void the_desk_books_from_the_calendar_moves_it_and_checks_a_patient_in(Size size) {
        Page page = open(size);
        login(page, "recepcao@sorriso.demo");

        go(page, "/agenda");
        page.locator(".fc-timegrid-event").first().waitFor();
        look(page, "journey-agenda", size);

        // One professional, ten weeks ahead: an empty stretch of their working hours.
        page.locator(".agenda-chip").first().click();
        page.evaluate("() => document.querySelector('clinic-calendar').calendar"
                + ".gotoDate(new Date(Date.now() + 70 * 864e5))");
        page.waitForLoadState();
        page.waitForTimeout(1000);
        Map<String, String> free = freeHour(page);
        for (int step = 0; step < 14 && free == null; step++) {
            // On a phone the calendar shows a day, which may be one the professional does not work.
            page.locator(".fc-next-button").click();
            page.waitForTimeout(500);
            free = freeHour(page);
        }
        assertThat(free).as("a free hour in the working hours ten weeks ahead").isNotNull();

        drag(
                page,
                slot(page, free.get("date"), free.get("from"), 0.25),
                slot(page, free.get("date"), free.get("to"), 0.75));
        // The booking form is the agenda's only combo box: its patient field.
        Locator patient = page.locator("vaadin-combo-box input");
        patient.waitFor();
        patient.fill("Maria");
        page.locator("vaadin-combo-box-item").first().click();
        screenshot(page, "journey-booking-form", size);
        page.locator("vaadin-button:has-text('Salvar')").click();
        assertThat(toast(page, "agendada")).contains("agendada");

        Locator booked = page.locator(".fc-timegrid-event.cal-event").first();
        booked.waitFor();
        page.waitForTimeout(800);
        BoundingBox before = booked.boundingBox();
        drag(page, point(before, 0.5, 0.5), point(before, 0.5, 0.5 + 2 * slotHeight(page) / before.height));
        assertThat(toast(page, "remarcada")).contains("remarcada");
        screenshot(page, "journey-agenda-moved", size);

        go(page, "/today");
        Locator checkIn = page.locator("vaadin-button:has-text('Chegou')");
        for (int day = 0; day < 7 && checkIn.count() == 0; day++) {
            page.locator("vaadin-button[aria-label='Próximo dia']").click();
            page.waitForTimeout(800);
        }
        assertThat(checkIn.count())
                .as("an appointment to check in within a week")
                .isPositive();
        checkIn.first().click();
        assertThat(toast(page, "Na clínica")).contains("Na clínica");
        look(page, "journey-today", size);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> freeHour(Page page) {
        return (Map<String, String>) page.evaluate(FREE_HOUR);
    }

    private static double[] slot(Page page, String date, String time, double within) {
        BoundingBox column =
                page.locator(".fc-timegrid-col[data-date='" + date + "']").boundingBox();
        BoundingBox lane = page.locator(".fc-timegrid-slot-lane[data-time='" + time + ":00']")
                .boundingBox();
        return new double[] {column.x + column.width / 2, lane.y + lane.height * within};
    }

    private static double[] point(BoundingBox box, double x, double y) {
        return new double[] {box.x + box.width * x, box.y + box.height * y};
    }

    private static double slotHeight(Page page) {
        return page.locator(".fc-timegrid-slot-lane").first().boundingBox().height;
    }

    /** Press, move in small steps (FullCalendar waits for a real drag), release. */
    private static void drag(Page page, double[] from, double[] to) {
        page.mouse().move(from[0], from[1]);
        page.mouse().down();
        page.mouse().move(from[0], from[1] + 4, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
        page.mouse().move(to[0], to[1], new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
    }
}
