/**
 * Appointments: booking without conflicts, free slots, the agenda, and patients' requests.
 */
@ApplicationModule(displayName = "Scheduling")
package app.sorriso.scheduling;

import org.springframework.modulith.ApplicationModule;
