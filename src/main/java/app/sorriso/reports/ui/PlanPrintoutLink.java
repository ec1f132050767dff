package app.sorriso.reports.ui;

import app.sorriso.reports.TreatmentPlanDocument;
import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.PlanPrintout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.io.OutputStream;

/**
 * "Imprimir" on a plan's page: the plan as a PDF in a new tab, where the browser prints it. The PDF is made on the
 * link's own request, by the session's user, so it passes the same checks as the page.
 */
@SpringComponent
class PlanPrintoutLink implements PlanPrintout {

    private final TreatmentPlanDocument document;

    PlanPrintoutLink(TreatmentPlanDocument document) {
        this.document = document;
    }

    @Override
    public Component link(PlanOverview plan) {
        long planId = plan.id();
        Anchor link = new Anchor(
                event -> {
                    event.inline(document.fileName(planId));
                    event.setContentType("application/pdf");
                    try (OutputStream out = event.getOutputStream()) {
                        document.write(planId, event.getUI().getLocale(), out);
                    }
                },
                AttachmentType.INLINE,
                "");
        link.setTarget(AnchorTarget.BLANK);
        Button print = new Button(link.getTranslation("plan.print"), VaadinIcon.PRINT.create());
        print.setTabIndex(-1);
        link.add(print);
        link.addClassName("plan-print");
        return link;
    }
}
