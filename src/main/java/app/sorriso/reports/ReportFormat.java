package app.sorriso.reports;

/** How a report is delivered. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    CSV(app.sorriso.base.CsvExport.CONTENT_TYPE, "csv");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
