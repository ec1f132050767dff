/**
 * Patient records: identity (CPF), contacts, health alerts and LGPD consent.
 */
@ApplicationModule(displayName = "Patients")
package app.sorriso.patients;

import org.springframework.modulith.ApplicationModule;
