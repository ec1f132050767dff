package app.sorriso.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.audit.AuditLine;
import app.sorriso.audit.AuditService;
import app.sorriso.base.ui.EmptyState;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The audit screen as the administrator reads it, and as the desk cannot. */
class AuditLogViewTest extends BrowserlessClinicTest {

    @Autowired
    AuditService audit;

    @Test
    @WithUserDetails("admin@sorriso.demo")
    void the_administrator_finds_the_logins_of_one_person_in_the_last_days() {
        String someone = "visto.na.auditoria." + UUID.randomUUID() + "@teste.sorriso";
        audit.recordLogin(false, null, someone, "BadCredentialsException");
        audit.recordLogin(false, null, someone, "BadCredentialsException");
        navigate(AuditLogView.class);
        find(TextField.class).single().setValue(someone);

        @SuppressWarnings("unchecked")
        Grid<AuditLine> grid = find(Grid.class).single();
        List<AuditLine> lines = grid.getDataProvider()
                .fetch(new Query<>(0, 50, List.of(), null, null))
                .toList();
        assertThat(lines)
                .hasSize(2)
                .allSatisfy(line -> assertThat(line.actorEmail()).isEqualTo(someone));
        assertThat(find(Span.class).withClassName("view-count").single().getText())
                .isEqualTo("2 registros");
        assertThat(find(EmptyState.class).exists())
                .as("no empty state beside the rows")
                .isFalse();

        find(TextField.class).single().setValue(someone + ".nobody");
        assertThat(grid.isVisible()).isFalse();
        assertThat(find(EmptyState.class).single().isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_desk_is_not_shown_the_trail() {
        assertThat(refused(AuditLogView.class)).isTrue();
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_is_not_shown_the_trail() {
        assertThat(refused(AuditLogView.class)).isTrue();
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_is_not_shown_the_trail() {
        assertThat(refused(AuditLogView.class)).isTrue();
    }
}
