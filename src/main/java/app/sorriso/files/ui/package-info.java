/**
 * The file store's screens and components: the uploader, the gallery and the viewer, shared by the staff's patient
 * page, the patient's own exams and (later) treatment steps.
 */
@NamedInterface("ui")
package app.sorriso.files.ui;

import org.springframework.modulith.NamedInterface;
