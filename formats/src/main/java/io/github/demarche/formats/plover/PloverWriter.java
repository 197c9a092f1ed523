package io.github.demarche.formats.plover;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.CellRefusal;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes PLOVER JSON Lines: one record a line, in UTF-8, each line ended by {@code \n}, by
 * {@link PloverRecords#toRecord(RowRecords)}. A record read from PLOVER is written back exactly,
 * with the field names it was read with; any other event or statement (GDELT's, ICEWS's) is written
 * through the CAMEO to PLOVER crosswalk. Obtained from
 * {@link io.github.demarche.formats.Formats#writer Formats.writer(DataFormat.PLOVER, ..)}.
 *
 * <p>Records that PLOVER cannot hold are refused with a {@link RowException} of
 * {@link io.github.demarche.formats.ProblemCode#NOT_WRITABLE}, naming the field and the row's line,
 * and nothing of them is written:
 * <ul>
 * <li>a casualty report alone, or a document that is no PLOVER DOCUMENT record:
 *     {@code PLOVER record must be an event, a statement or a PLOVER DOCUMENT record, got document 'x'};</li>
 * <li>an event or statement of no PLOVER type, and whose CAMEO code the crosswalk gives none (CAMEO's
 *     roots 01 and 02): {@code PLOVER.event must be a PLOVER event type, got CAMEO code 010 of event
 *     'gdelt-1', which the CAMEO to PLOVER crosswalk gives none};</li>
 * <li>a statement whose stances are coded differently;</li>
 * <li>a stance of a statement read from PLOVER toward something else than an actor; a casualty
 *     figure of a record read from PLOVER that is no figure; a DOCUMENT record's document whose source
 *     has no day coded.</li>
 * </ul>
 *
 * <p>A writer is not thread-safe.
 *
 * @since 0.2
 */
public final class PloverWriter implements FormatWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OutputStream out;
    private final String output;
    private long rows;
    private long records;

    /**
     * Creates a writer on a stream, whose problems name the output {@code -}.
     *
     * @param out  the output, closed when the writer is, not null
     */
    public PloverWriter(OutputStream out) {
        this(out, "-");
    }

    /**
     * Creates a writer on a stream, whose problems name the output.
     *
     * @param out  the output, closed when the writer is, not null
     * @param output  the name of the output, such as a file name, not null
     */
    public PloverWriter(OutputStream out, String output) {
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"));
        this.output = Objects.requireNonNull(output, "output");
    }

    @Override
    public void write(RowRecords row) throws IOException {
        Objects.requireNonNull(row, "row");
        ObjectNode record;
        try {
            record = PloverRecords.toRecord(row);
        } catch (CellRefusal e) {
            throw new RowException(RowProblem.of(output, row.line(), e.column(), e.value(), e.code(), e.getMessage()), e);
        }
        byte[] bytes = MAPPER.writeValueAsBytes(record);
        out.write(bytes);
        out.write('\n');
        rows++;
        records += row.recordCount();
    }

    @Override
    public long rowsWritten() {
        return rows;
    }

    @Override
    public long recordsWritten() {
        return records;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    @Override
    public String toString() {
        return "PloverWriter[" + output + ", " + rows + " rows written]";
    }
}
