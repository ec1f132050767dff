package app.sorriso.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.base.ui.ClinicCalendar;
import app.sorriso.professionals.ProfessionalService;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class AgendaViewTest extends BrowserlessClinicTest {

    @Autowired
    ProfessionalService professionals;

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_desk_gets_a_chip_per_professional_and_can_book() {
        navigate(AgendaView.class);

        assertThat(find(ClinicCalendar.class).all()).hasSize(1);
        assertThat(find(Button.class).withText("Nova consulta").all()).hasSize(1);
        var chips = find(Button.class).withClassName("agenda-chip").all();
        assertThat(chips).hasSize(professionals.findActive().size());

        test(chips.getFirst()).click();

        assertThat(chips.getFirst().getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chips.getLast().getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_sees_their_own_calendar_without_booking_or_filters() {
        navigate(AgendaView.class);

        assertThat(find(ClinicCalendar.class).all()).hasSize(1);
        assertThat(find(Button.class).withText("Nova consulta").all()).isEmpty();
        assertThat(find(Button.class).withClassName("agenda-chip").all()).isEmpty();
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_cannot_open_the_clinics_calendar() {
        assertThat(refused(AgendaView.class)).isTrue();
    }
}
