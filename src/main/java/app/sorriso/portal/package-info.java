/**
 * The public site and the patient's own area.
 */
@ApplicationModule(displayName = "Portal")
package app.sorriso.portal;

import org.springframework.modulith.ApplicationModule;
