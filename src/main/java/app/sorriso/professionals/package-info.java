/**
 * The clinic's dentists: CRO, specialty, calendar colour, working hours and time off.
 */
@ApplicationModule(displayName = "Professionals")
package app.sorriso.professionals;

import org.springframework.modulith.ApplicationModule;
