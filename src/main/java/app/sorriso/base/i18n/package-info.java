/** The translation bundles (pt-BR first, English second) and how a user's language is chosen. */
@NamedInterface("i18n")
package app.sorriso.base.i18n;

import org.springframework.modulith.NamedInterface;
