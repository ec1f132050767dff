/** The main layout, toasts, the error handler and reusable components that feature views build on. */
@NamedInterface("ui")
package app.sorriso.base.ui;

import org.springframework.modulith.NamedInterface;
