/**
 * Shared building blocks every module may use: the entity base class, clinic settings, the clock, money and date
 * formats, translatable errors. It depends on no feature module.
 */
@ApplicationModule(displayName = "Base")
package app.sorriso.base;

import org.springframework.modulith.ApplicationModule;
