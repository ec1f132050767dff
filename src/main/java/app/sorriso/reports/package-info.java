/**
 * PDF and CSV reports of the agenda, appointments and finances.
 */
@ApplicationModule(displayName = "Reports")
package app.sorriso.reports;

import org.springframework.modulith.ApplicationModule;
