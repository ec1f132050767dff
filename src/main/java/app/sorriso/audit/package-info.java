/**
 * Who saw or changed which patient record, and every login, as LGPD asks.
 */
@ApplicationModule(displayName = "Audit")
package app.sorriso.audit;

import org.springframework.modulith.ApplicationModule;
