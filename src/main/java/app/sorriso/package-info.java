/**
 * Sorriso: clinic software for a Brazilian dental practice. Each sub-package is a module (see the architecture test).
 */
package app.sorriso;
