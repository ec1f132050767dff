/**
 * The owner's key figures and charts, computed by database aggregates.
 */
@ApplicationModule(displayName = "Dashboard")
package app.sorriso.dashboard;

import org.springframework.modulith.ApplicationModule;
