/**
 * Treatment plans and their steps: the dentist's checklist with teeth, costs and attachments.
 */
@ApplicationModule(displayName = "Treatments")
package app.sorriso.treatments;

import org.springframework.modulith.ApplicationModule;
