package app.sorriso.patients.ui;

import app.sorriso.audit.AuditEvent;
import app.sorriso.audit.AuditService;
import app.sorriso.base.ClinicFormats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.Clock;
import org.springframework.data.domain.PageRequest;

/** The administrator's view of who opened or changed this patient's record, newest first. */
@SpringComponent
@UIScope
class PatientAuditTrail {

    private final AuditService audit;
    private final Clock clock;

    PatientAuditTrail(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    Component of(long patientId) {
        Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
        grid.addClassName("data-grid");
        grid.addColumn(event ->
                        ClinicFormats.DATE_TIME.format(event.getOccurredAt().atZone(clock.getZone())))
                .setHeader(grid.getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(event ->
                        event.getActorEmail() == null ? grid.getTranslation("audit.system") : event.getActorEmail())
                .setHeader(grid.getTranslation("audit.who"))
                .setAutoWidth(true);
        grid.addColumn(event -> grid.getTranslation(event.getAction().messageKey()))
                .setHeader(grid.getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetail)
                .setHeader(grid.getTranslation("audit.detail"))
                .setFlexGrow(1);
        grid.setItems(query -> audit.trailOf(patientId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        return grid;
    }
}
