package app.sorriso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The surgery's tablet: a dentist opens one of their plans under way in checklist mode and ticks the next step; the
 * tick is saved at once and is still there after a reload.
 */
class DentistJourney extends BrowserJourney {

    private static final int DENTISTS = 4;

    @ParameterizedTest
    @EnumSource(names = {"TABLET", "PHONE"})
    void a_dentist_ticks_a_step_on_the_checklist_and_it_stays_ticked(Size size) {
        Page page = openPlanUnderWay(size);
        look(page, "journey-plan", size);

        button(page, "Checklist").click();
        page.waitForURL("**/checklist");
        Locator rows = page.locator("button.checklist-row");
        rows.first().waitFor();
        int next = firstOpen(rows);
        assertThat(next).as("a step still to do on a plan under way").isNotNegative();
        look(page, "journey-checklist", size);

        Locator step = rows.nth(next);
        String description = step.locator(".checklist-description").innerText();
        step.click();
        assertThat(toast(page, "feita")).contains(description);

        page.reload();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Locator reloaded = page.locator("button.checklist-row").nth(next);
        assertThat(reloaded.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(reloaded.locator(".checklist-description").innerText()).isEqualTo(description);
        assertThat(reloaded.getAttribute("class")).contains("done");
        look(page, "journey-checklist-ticked", size);
    }

    /**
     * Logs in as each demo dentist in turn until one has a plan under way in their list (a dentist's list starts on
     * their own open plans), and opens the first of them.
     */
    private Page openPlanUnderWay(Size size) {
        for (int number = 1; number <= DENTISTS; number++) {
            Page page = open(size);
            login(page, number == 1 ? "dentista@sorriso.demo" : "dentista" + number + "@sorriso.demo");
            go(page, "/plans");
            choose(page, "Situação", "Em andamento");
            Locator underWay = page.locator("vaadin-grid-cell-content .plan-status.status-in_progress")
                    .filter(new Locator.FilterOptions().setVisible(true));
            Locator others = page.locator("vaadin-grid-cell-content .plan-status:not(.status-in_progress)")
                    .filter(new Locator.FilterOptions().setVisible(true));
            Locator none =
                    page.locator(".plans-view .empty-state").filter(new Locator.FilterOptions().setVisible(true));
            // the list shows the dentist's open plans until the filter's answer arrives
            page.waitForCondition(() -> (underWay.count() > 0 && others.count() == 0) || none.count() > 0);
            if (underWay.count() > 0) {
                look(page, "journey-plans", size);
                underWay.first().click();
                page.waitForURL(url -> url.matches(".*/plans/\\d+$"));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                return page;
            }
        }
        throw new AssertionError("no demo dentist has a plan under way");
    }

    private static int firstOpen(Locator rows) {
        for (int i = 0; i < rows.count(); i++) {
            if ("false".equals(rows.nth(i).getAttribute("aria-pressed"))) {
                return i;
            }
        }
        return -1;
    }
}
