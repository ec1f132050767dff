package app.sorriso.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.base.ui.FormDialog;
import app.sorriso.patients.Patient;
import app.sorriso.patients.PatientSearch;
import app.sorriso.patients.PatientService;
import app.sorriso.professionals.Professional;
import app.sorriso.professionals.ProfessionalService;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AgendaService;
import app.sorriso.scheduling.AppointmentStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("recepcao@sorriso.demo")
class BookingFormTest extends BrowserlessClinicTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Sao_Paulo");

    @Autowired
    AgendaService agenda;

    @Autowired
    PatientService patients;

    @Autowired
    ProfessionalService professionals;

    @SuppressWarnings("unchecked")
    private void fill(Patient patient, Professional professional, LocalDateTime start) {
        navigate(TodayView.class);
        test(find(Button.class).withText("Nova consulta").single()).click();
        find(ComboBox.class).withCaption("Paciente").single().setValue(patient);
        // The toolbar has a "Profissional" filter too; the form's select is the one added last.
        Select<Professional> who = (Select<Professional>)
                find(Select.class).withCaption("Profissional").all().getLast();
        who.setValue(professional);
        find(DateTimePicker.class).withCaption("Início").single().setValue(start);
        test(find(Button.class).withText("Salvar").single()).click();
    }

    private AgendaEntry aBookedAppointmentAhead() {
        for (int i = 1; i < 15; i++) {
            var day = agenda.day(agenda.today().plusDays(i), null).stream()
                    .filter(entry -> entry.status() == AppointmentStatus.SCHEDULED)
                    .findFirst();
            if (day.isPresent()) {
                return day.get();
            }
        }
        throw new IllegalStateException("no booked appointment ahead in the demo agenda");
    }

    @Test
    void a_taken_time_is_refused_on_the_start_field_naming_the_appointment_in_the_way() {
        AgendaEntry taken = aBookedAppointmentAhead();
        Professional professional =
                professionals.findById(taken.professionalId()).orElseThrow();
        Patient someoneElse = patients.search(new PatientSearch("", true, false), PageRequest.of(0, 60)).stream()
                .filter(patient -> patient.getId() != taken.patientId())
                .findFirst()
                .orElseThrow();

        fill(someoneElse, professional, LocalDateTime.ofInstant(taken.startsAt(), CLINIC));

        DateTimePicker start = find(DateTimePicker.class).withCaption("Início").single();
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).startsWith("O profissional já tem uma consulta");
        assertThat(find(FormDialog.class).single().isOpened()).isTrue();
    }

    @Test
    void outside_working_hours_the_desk_is_asked_to_confirm() {
        Professional professional = professionals.findActive().getFirst();
        Patient patient = patients.search(new PatientSearch("", true, false), PageRequest.of(0, 1))
                .getContent()
                .getFirst();

        fill(patient, professional, agenda.today().plusDays(20).atTime(22, 0));

        assertThat(find(ConfirmDialog.class).single().isOpened()).isTrue();
    }
}
