/**
 * The screens of accounts and passwords; the password form is shared with the patient's own profile.
 */
@NamedInterface("ui")
package app.sorriso.security.ui;

import org.springframework.modulith.NamedInterface;
