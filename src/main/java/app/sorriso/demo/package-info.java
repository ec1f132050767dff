/**
 * Fictional seed data for a first run, switched on by sorriso.demo.enabled.
 */
@ApplicationModule(displayName = "Demo")
package app.sorriso.demo;

import org.springframework.modulith.ApplicationModule;
