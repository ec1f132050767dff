package app.sorriso.reports;

import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Rows for JasperReports pulled one at a time from an iterator (often a database cursor), so a report never needs
 * all its rows in a list. Field {@code cN} is the Nth cell of the row.
 */
final class RowSource implements JRDataSource {

    private final Iterator<? extends List<String>> rows;
    private List<String> current;

    RowSource(Iterator<? extends List<String>> rows) {
        this.rows = rows;
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            return false;
        }
        current = rows.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return current.get(Integer.parseInt(field.getName().substring(1)));
    }
}
