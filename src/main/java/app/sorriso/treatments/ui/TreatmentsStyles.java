package app.sorriso.treatments.ui;

/**
 * The treatments screens' own stylesheet, loaded by the components that need it, so the module's look lives in one
 * file of its own.
 */
final class TreatmentsStyles {

    static final String URL = "context://styles/treatments.css";

    private TreatmentsStyles() {}
}
