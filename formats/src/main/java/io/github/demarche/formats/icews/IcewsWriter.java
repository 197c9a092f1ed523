package io.github.demarche.formats.icews;

import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Writes ICEWS coded events: the header of {@link IcewsRows#COLUMNS}, written when the writer is
 * opened (so that a file of no rows is still an ICEWS file), then one row a statement or event as
 * {@link IcewsRows#toRow} writes it; tab-separated, UTF-8, rows ending with {@code \n},
 * {@code NA} for a missing value. Obtained from {@link io.github.demarche.formats.Formats#writer}
 * with {@link io.github.demarche.formats.DataFormat#ICEWS}.
 *
 * <p>Records that an ICEWS row cannot hold are refused with a {@link RowException} of
 * {@code NOT_WRITABLE} that names the records' line and the column, and nothing of them is written:
 * <pre>-:12: column Event ID: NOT_WRITABLE: ICEWS.Event ID must be the one external id of scheme 'icews', got 0</pre>
 *
 * <p>Holds one row at a time. Not thread-safe.
 *
 * @since 0.2
 */
public final class IcewsWriter implements FormatWriter {

    private final TableWriter table;
    private final String output;
    private long rowsWritten;
    private long recordsWritten;

    private IcewsWriter(TableWriter table, String output) {
        this.table = table;
        this.output = output;
    }

    /**
     * Opens a writer on an output and writes the header; its problems name the output {@code -}.
     *
     * @param out  the output, closed when the writer is, not null
     * @return the writer, not null
     * @throws IOException if the output cannot be written
     */
    public static IcewsWriter open(OutputStream out) throws IOException {
        return open(out, "-");
    }

    /**
     * Opens a writer on an output and writes the header.
     *
     * @param out  the output, closed when the writer is, not null
     * @param output  the name its problems give the records' input, such as the file they were read
     *     from, or {@code -}; not null
     * @return the writer, not null
     * @throws IOException if the output cannot be written
     */
    public static IcewsWriter open(OutputStream out, String output) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(output, "output");
        TableWriter table = TableWriter.tsv(out);
        table.write(IcewsRows.COLUMNS);
        return new IcewsWriter(table, output);
    }

    /**
     * Writes the records of one row.
     *
     * @param records  a statement or an event, as {@link IcewsRows#toRow} takes them, not null
     * @throws RowException of {@code NOT_WRITABLE} if an ICEWS row cannot hold them; nothing is written then
     * @throws IOException if the output cannot be written
     */
    @Override
    public void write(RowRecords records) throws IOException {
        Objects.requireNonNull(records, "records");
        List<String> row;
        try {
            row = IcewsRows.toRow(records);
        } catch (CellRefusal e) {
            throw new RowException(RowProblem.of(output, records.line(), e.column(), e.value(), e.code(),
                    e.getMessage()));
        }
        table.write(row);
        rowsWritten++;
        recordsWritten += records.recordCount();
    }

    @Override
    public long rowsWritten() {
        return rowsWritten;
    }

    @Override
    public long recordsWritten() {
        return recordsWritten;
    }

    @Override
    public void flush() throws IOException {
        table.flush();
    }

    @Override
    public void close() throws IOException {
        table.close();
    }

    @Override
    public String toString() {
        return "IcewsWriter[" + output + ", " + rowsWritten + " rows written]";
    }
}
