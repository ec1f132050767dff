/**
 * Stored files (exams, attachments): storage, type checks, thumbnails and authorised download.
 */
@ApplicationModule(displayName = "Files")
package app.sorriso.files;

import org.springframework.modulith.ApplicationModule;
