package app.sorriso.treatments;

import com.vaadin.flow.component.Component;

/**
 * The printable plan (a PDF with the clinic's header and signature lines), which the reports module draws: reports
 * use treatments, never the other way round, so the plan's page only shows whatever link a bean of this type gives.
 */
public interface PlanPrintout {

    /** A link or button that opens the plan as a PDF. */
    Component link(PlanOverview plan);
}
