/**
 * Payments per patient, instalments and their status.
 */
@ApplicationModule(displayName = "Billing")
package app.sorriso.billing;

import org.springframework.modulith.ApplicationModule;
