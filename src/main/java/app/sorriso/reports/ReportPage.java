package app.sorriso.reports;

import java.util.List;

/**
 * The texts of one rendering, already in the reader's language: the title, the filters that were used (so a printed
 * page says what it shows), the column headers, and lines for the end of the report (totals, counts).
 */
public record ReportPage(String title, String filters, List<String> headers, List<String> summary) {

    public ReportPage {
        headers = List.copyOf(headers);
        summary = List.copyOf(summary);
    }
}
