package io.github.demarche.formats.gdelt;

import io.github.demarche.ValidationException;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.gdelt.GdeltRows.Layout;
import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.TableRows;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads GDELT event rows (tab-separated, no header) into events, one row at a time: GDELT 1.0 rows
 * of 57 fields (backfile) and 58 (daily files), which may be mixed in one input, or GDELT 2.0 rows
 * of 61 fields. Each row becomes one {@link io.github.demarche.Event}, mapped as {@link GdeltRows}
 * says. Obtained from {@link io.github.demarche.formats.Formats#reader Formats.reader(DataFormat.GDELT1 or GDELT2, ..)}.
 *
 * <p>A row is refused, with the column and the cell at fault, when:
 * <ul>
 * <li>it has another number of fields: {@code FIELD_COUNT}, such as
 *     {@code GDELT 1.0 row must have 57 or 58 fields, got 61} and
 *     {@code GDELT 2.0 row must have 61 fields, got 58};</li>
 * <li>a cell breaks its column's rule ({@code NOT_A_DATE}, {@code NOT_A_NUMBER}, {@code UNKNOWN_CODE}),
 *     such as {@code GDELT.SQLDATE must be a date yyyyMMdd, got '20191345'}; the rules, one a column, are
 *     those every row GDELT publishes keeps (see the package documentation);</li>
 * <li>the model refuses the event or an actor: {@code MODEL_RULE} with the model's message, naming
 *     the actor's column when the rule is about a cell ({@code Actor1Name} for a blank name).</li>
 * </ul>
 *
 * <p>Not thread-safe.
 *
 * @since 0.2
 */
public final class GdeltReader extends FormatReader {

    private final TableRows rows;
    private final boolean version2;
    /** The sources and places of the rows read so far, shared by the rows that repeat them. */
    private final GdeltRows.Memory memory = new GdeltRows.Memory();

    private GdeltReader(InputStream in, ReadOptions options, boolean version2) throws IOException {
        super(options);
        this.rows = TableRows.tsv(Objects.requireNonNull(in, "in"));
        this.version2 = version2;
    }

    /**
     * Opens a reader of GDELT 1.0 event rows, of 57 or 58 fields.
     *
     * @param in  the input, UTF-8, closed when the reader is, not null
     * @param options  the options, not null
     * @return the reader, not null
     * @throws IOException if the input cannot be read
     */
    public static GdeltReader gdelt1(InputStream in, ReadOptions options) throws IOException {
        return new GdeltReader(in, options, false);
    }

    /**
     * Opens a reader of GDELT 2.0 event exports, of 61 fields.
     *
     * @param in  the input, UTF-8, closed when the reader is, not null
     * @param options  the options, not null
     * @return the reader, not null
     * @throws IOException if the input cannot be read
     */
    public static GdeltReader gdelt2(InputStream in, ReadOptions options) throws IOException {
        return new GdeltReader(in, options, true);
    }

    /**
     * Gets the format read.
     *
     * @return {@link DataFormat#GDELT1} or {@link DataFormat#GDELT2}, not null
     */
    public DataFormat format() {
        return version2 ? DataFormat.GDELT2 : DataFormat.GDELT1;
    }

    @Override
    protected RowRecords readRow() throws IOException {
        String[] cells;
        try {
            cells = rows.next();
        } catch (TableRows.TooLongRow e) {
            throw refuse(e.line(), null, null, ProblemCode.MALFORMED, "GDELT row must be at most "
                    + TableRows.TooLongRow.MAX_LENGTH + " bytes long, got a longer line");
        }
        if (cells == null) {
            return null;
        }
        long line = rows.line();
        Layout layout = layout(cells.length);
        if (layout == null) {
            throw refuse(line, null, null, ProblemCode.FIELD_COUNT, (version2 ? "GDELT 2.0 row must have 61 fields"
                    : "GDELT 1.0 row must have 57 or 58 fields") + ", got " + cells.length);
        }
        try {
            return GdeltRows.read(layout, Arrays.asList(cells), memory).withLine(line);
        } catch (CellRefusal e) {
            throw refuse(line, e.column(), e.value(), e.code(), e.getMessage());
        } catch (ValidationException e) {
            throw refuse(line, null, null, ProblemCode.MODEL_RULE, e.violations().get(0).message());
        }
    }

    private Layout layout(int fields) {
        if (version2) {
            return fields == Layout.V2.fieldCount() ? Layout.V2 : null;
        }
        return fields == Layout.V1_DAILY.fieldCount() ? Layout.V1_DAILY
                : fields == Layout.V1_BACKFILE.fieldCount() ? Layout.V1_BACKFILE : null;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
