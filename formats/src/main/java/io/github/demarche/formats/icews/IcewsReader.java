package io.github.demarche.formats.icews;

import io.github.demarche.Violation;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.TableRows;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads ICEWS coded events: tab-separated, UTF-8, the header of {@link IcewsRows#COLUMNS} on
 * line 1, then one event a line, {@code NA} for a missing value. Each row becomes a statement or an
 * event as {@link IcewsRows} maps it; a row it refuses (wrong number of fields, a cell not of its
 * column's form, a code not in ICEWS's CAMEO dialect, a record the model's rules refuse) is
 * reported with its line, column and cell, and reading goes on with the next row. Obtained from
 * {@link io.github.demarche.formats.Formats#reader} with {@link io.github.demarche.formats.DataFormat#ICEWS}.
 *
 * <p>The header is checked when the reader is opened: an input whose first line is not ICEWS's
 * header is refused with a {@link RowException} of line 1, such as
 * <pre>events.tab:1: column Source Name = "Source": MALFORMED: ICEWS header must name column 3 'Source Name', got 'Source'</pre>
 * and the input is closed.
 *
 * <p>Reads one row at a time, in constant memory. Not thread-safe.
 *
 * @since 0.2
 */
public final class IcewsReader extends FormatReader {

    private final TableRows rows;
    /** The actors of the rows read so far, copied for the rows that name them again. */
    private final IcewsRows.Actors actors = new IcewsRows.Actors();

    private IcewsReader(TableRows rows, ReadOptions options) {
        super(options);
        this.rows = rows;
    }

    /**
     * Opens a reader on an input and checks its header.
     *
     * @param in  the input, UTF-8 (a byte order mark is skipped), closed when the reader is; not null
     * @param options  the options, not null
     * @return the reader, past the header, not null
     * @throws RowException if the first line is not ICEWS's header: too few or too many columns
     *     ({@code FIELD_COUNT}), a column of another name ({@code MALFORMED}), or no line at all
     *     ({@code MALFORMED}); the input is closed then
     * @throws IOException if the input cannot be read
     */
    public static IcewsReader open(InputStream in, ReadOptions options) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        TableRows rows = TableRows.tsv(in);
        try {
            checkHeader(header(rows, options.input()), options.input());
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
        return new IcewsReader(rows, options);
    }

    private static String[] header(TableRows rows, String input) throws IOException {
        try {
            return rows.next();
        } catch (TableRows.TooLongRow e) {
            throw new RowException(RowProblem.of(input, e.line(), ProblemCode.MALFORMED, "ICEWS header must be at most "
                    + TableRows.TooLongRow.MAX_LENGTH + " bytes long, got a longer line"));
        }
    }

    private static void checkHeader(String[] header, String input) throws RowException {
        List<String> columns = IcewsRows.COLUMNS;
        if (header == null) {
            throw new RowException(RowProblem.of(input, 1, ProblemCode.MALFORMED,
                    "ICEWS header must be the first line, got an empty input"));
        }
        if (header.length != columns.size()) {
            throw new RowException(RowProblem.of(input, 1, ProblemCode.FIELD_COUNT, "ICEWS header must have the "
                    + columns.size() + " columns " + columns.get(0) + " to " + columns.get(columns.size() - 1) + ", got "
                    + header.length + " fields beginning " + Violation.show(header[0])));
        }
        for (int i = 0; i < header.length; i++) {
            if (!header[i].equals(columns.get(i))) {
                throw new RowException(RowProblem.of(input, 1, columns.get(i), header[i], ProblemCode.MALFORMED,
                        "ICEWS header must name column " + (i + 1) + " " + Violation.show(columns.get(i)) + ", got "
                                + Violation.show(header[i])));
            }
        }
    }

    @Override
    protected RowRecords readRow() throws IOException {
        String[] fields;
        try {
            fields = rows.next();
        } catch (TableRows.TooLongRow e) {
            throw refuse(e.line(), null, null, ProblemCode.MALFORMED, "ICEWS row must be at most "
                    + TableRows.TooLongRow.MAX_LENGTH + " bytes long, got a longer line");
        }
        if (fields == null) {
            return null;
        }
        long line = rows.line();
        try {
            return IcewsRows.toModel(Arrays.asList(fields), actors).withLine(line);
        } catch (CellRefusal e) {
            RowException refused = refuse(line, e.column(), e.value(), e.code(), e.getMessage());
            if (e.getCause() != null) {
                refused.initCause(e.getCause());
            }
            throw refused;
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
