package app.sorriso.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class DayViewsTest extends BrowserlessClinicTest {

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_desk_moves_through_the_days_and_sees_every_professionals_appointments() {
        TodayView today = navigate(TodayView.class);
        Grid<?> grid = find(Grid.class).single();

        for (int i = 0; i < 7 && grid.getListDataView().getItemCount() == 0; i++) {
            test(find(Button.class).withAttribute("aria-label", "Próximo dia").single())
                    .click();
        }

        assertThat(today).isNotNull();
        assertThat(grid.getListDataView().getItemCount()).isPositive();
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_cannot_open_the_desks_day() {
        assertThat(refused(TodayView.class)).isTrue();
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_desk_cannot_open_a_dentists_day() {
        assertThat(refused(MyDayView.class)).isTrue();
    }
}
