package io.github.demarche.formats.ucdp;

import io.github.demarche.AttributeValue;
import io.github.demarche.Event;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes events and their casualty reports as the rows of a UCDP GED CSV file (UTF-8, RFC 4180
 * quoting where a field needs it, rows ending with {@code \n}), as {@link UcdpGedRows} maps them
 * back. Obtained from {@link io.github.demarche.formats.Formats#writer Formats.writer(DataFormat.UCDP_GED, ..)},
 * or made with a layout to write.
 *
 * <p><b>Header.</b> The writer writes the header, and the HXL hashtag row if the layout has one,
 * before the first row; a writer that writes no row writes nothing. A writer told its layout
 * writes that layout's columns for every event. A writer not told one learns it from the first
 * event: the layout that the reader recorded in it ({@link UcdpGedLayout#LAYOUT_KEY}), so that a
 * file read and written back has its header and hashtag row again, or {@link UcdpGedLayout#GED}
 * for an event that records none; a later event that records another layout is refused, since the
 * rows of one file share its header.
 *
 * <p><b>Refused records</b>, each with a {@link RowException} of {@link ProblemCode#NOT_WRITABLE}
 * that names the records' line, nothing of them written: a statement, a document or a casualty
 * report of no event ({@code GED row must be an event, got a statement}); an event with no external id
 * of scheme {@code ucdp-ged}, not two participants, a participant's actor with no name, a source
 * after the first with no publication, no deaths with a best figure and a high bound, a casualty
 * report that is not one of the event's {@code -deaths-a}, {@code -b}, {@code -civilians},
 * {@code -unknown}, or of no exact figure; an event whose recorded layout differs from the file's.
 *
 * <p>A writer is not thread-safe.
 *
 * @since 0.2
 */
public final class UcdpGedWriter implements FormatWriter {

    private final TableWriter table;
    private final boolean told;
    private final String output;
    private UcdpGedLayout layout;
    private boolean headerWritten;
    private long rowsWritten;
    private long recordsWritten;
    private AttributeValue seenColumns;
    private AttributeValue seenHxl;
    private UcdpGedLayout seenLayout;

    /**
     * Opens a writer that learns its layout from the first event.
     *
     * @param out  the output, closed when the writer is, not null
     * @throws IOException if the output cannot be written
     */
    public UcdpGedWriter(OutputStream out) throws IOException {
        this(out, null, "-");
    }

    /**
     * Opens a writer of a layout.
     *
     * @param out  the output, closed when the writer is, not null
     * @param layout  the layout of every row, not null
     * @throws IOException if the output cannot be written
     */
    public UcdpGedWriter(OutputStream out, UcdpGedLayout layout) throws IOException {
        this(out, Objects.requireNonNull(layout, "layout"), "-");
    }

    private UcdpGedWriter(OutputStream out, UcdpGedLayout layout, String output) throws IOException {
        this.table = TableWriter.csvQuotedWhereNeeded(Objects.requireNonNull(out, "out"));
        this.layout = layout;
        this.told = layout != null;
        this.output = output;
    }

    /**
     * Gets the layout written.
     *
     * @return the layout, empty until a writer that learns it has written its first row
     */
    public Optional<UcdpGedLayout> layout() {
        return Optional.ofNullable(layout);
    }

    @Override
    public void write(RowRecords records) throws IOException {
        Objects.requireNonNull(records, "records");
        List<String> row;
        UcdpGedLayout target = layout;
        try {
            Optional<Event> event = records.event();
            if (!told && event.isPresent()) {
                Optional<UcdpGedLayout> own = layoutOf(event.get());
                if (target == null) {
                    target = own.orElse(UcdpGedLayout.GED);
                } else if (own.isPresent() && !own.get().equals(target)) {
                    throw new CellRefusal(null, null, ProblemCode.NOT_WRITABLE, "GED rows of one file share its header,"
                            + " got event " + event.get().id() + " of " + own.get() + " in a file of " + target);
                }
            }
            row = UcdpGedRows.toRow(records, target == null ? UcdpGedLayout.GED : target);
        } catch (CellRefusal problem) {
            throw new RowException(RowProblem.of(output, records.line(), problem.column(), problem.value(),
                    problem.code(), problem.getMessage()));
        }
        if (!headerWritten) {
            table.write(target.columns());
            if (target.hxl().isPresent()) {
                table.write(target.hxl().get());
            }
            headerWritten = true;
            layout = target;
        }
        table.write(row);
        rowsWritten++;
        recordsWritten += records.recordCount();
    }

    /** The layout an event records; the last one of no known name is kept, as the rows of a file share it. */
    private Optional<UcdpGedLayout> layoutOf(Event event) {
        AttributeValue columns = event.attributes().get(UcdpGedLayout.COLUMNS_KEY);
        AttributeValue hxl = event.attributes().get(UcdpGedLayout.HXL_KEY);
        if (columns != null && event.attributes().get(UcdpGedLayout.LAYOUT_KEY) == null && columns.equals(seenColumns)
                && Objects.equals(hxl, seenHxl)) {
            return Optional.of(seenLayout);
        }
        Optional<UcdpGedLayout> layout = UcdpGedRows.layoutOf(event);
        if (columns != null && layout.isPresent() && layout.get().name().isEmpty()) {
            seenColumns = columns;
            seenHxl = hxl;
            seenLayout = layout.get();
        }
        return layout;
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
}
