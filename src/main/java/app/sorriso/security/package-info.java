/**
 * Who may do what: user accounts and their roles, login and logout, the password policy, the current user.
 */
@ApplicationModule(displayName = "Security")
package app.sorriso.security;

import org.springframework.modulith.ApplicationModule;
