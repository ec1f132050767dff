package app.sorriso.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as Excel in Brazil opens it without an import wizard: UTF-8 with a byte-order mark (so accents survive),
 * {@code ;} between cells (the comma is the decimal separator there), amounts as {@code 1234,56}, dates as
 * {@code dd/MM/yyyy}. Rows are written as they come, so an export of any size streams.
 */
public final class CsvExport implements AutoCloseable {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a file on {@code out} with its header row; closing the export flushes but leaves {@code out} open. */
    public static CsvExport open(OutputStream out, List<String> header) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\ufeff');
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
            return new CsvExport(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; a null cell is written empty. */
    public void row(List<?> cells) {
        try {
            printer.printRecord(
                    cells.stream().map(cell -> cell == null ? "" : cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An amount as a spreadsheet in Brazil reads a number: no currency sign, no thousands dot, a decimal comma. */
    public static String amount(BigDecimal value) {
        return value == null
                ? ""
                : value.setScale(2, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString()
                        .replace('.', ',');
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
