/**
 * The JWT-secured REST API for mobile and partner clients; thin controllers over the modules' services.
 */
@ApplicationModule(displayName = "Api")
package app.sorriso.api;

import org.springframework.modulith.ApplicationModule;
