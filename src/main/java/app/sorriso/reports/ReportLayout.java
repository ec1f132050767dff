package app.sorriso.reports;

import java.util.List;

/**
 * The shape of a tabular PDF report: its columns (width in points, alignment) and, optionally, one column whose value
 * starts a new group (the agenda groups by professional). Texts are not part of it: headers, title and filters come
 * with each rendering, so one compiled report serves every language and every filter.
 *
 * @param name identifies the compiled report in the cache
 * @param groupColumn the column that groups rows (printed as a group heading, not in the rows), or -1
 */
public record ReportLayout(String name, boolean landscape, List<Column> columns, int groupColumn) {

    public static final int PORTRAIT_WIDTH = 555;
    public static final int LANDSCAPE_WIDTH = 802;

    public ReportLayout {
        columns = List.copyOf(columns);
        int width = 0;
        for (int i = 0; i < columns.size(); i++) {
            width += i == groupColumn ? 0 : columns.get(i).width();
        }
        if (width > (landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH)) {
            throw new IllegalArgumentException("Report " + name + " is wider than its page: " + width);
        }
    }

    public static ReportLayout table(String name, boolean landscape, Column... columns) {
        return new ReportLayout(name, landscape, List.of(columns), -1);
    }

    public ReportLayout groupedBy(int column) {
        return new ReportLayout(name, landscape, columns, column);
    }

    /** @param width in points (1/72 inch); a portrait A4 page has 555 to share, a landscape one 802 */
    public record Column(int width, boolean alignRight) {

        public static Column text(int width) {
            return new Column(width, false);
        }

        public static Column number(int width) {
            return new Column(width, true);
        }
    }
}
