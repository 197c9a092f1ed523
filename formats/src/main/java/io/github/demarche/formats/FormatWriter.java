package io.github.demarche.formats;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * Writes the records of rows in one format, one row at a time, holding no more than the row it
 * writes. Obtained from {@link Formats#writer}, and closed by the caller, which closes the stream
 * it writes to.
 *
 * <p>Records that the format cannot hold (a document in GDELT, an event of no GDELT id) are refused
 * with a {@link RowException} of {@link ProblemCode#NOT_WRITABLE} that names their line, and
 * nothing of them is written; writing may go on with the next row.
 *
 * <p>A writer is not thread-safe.
 *
 * @since 0.2
 */
public interface FormatWriter extends Closeable, Flushable {

    /**
     * Writes the records of one row.
     *
     * @param records  the records, not null
     * @throws RowException if the format cannot hold them; nothing is written then
     * @throws IOException if the output cannot be written
     */
    void write(RowRecords records) throws IOException;

    /**
     * Gets the number of rows written.
     *
     * @return the number, at least 0
     */
    long rowsWritten();

    /**
     * Gets the number of model records written: those of the rows written.
     *
     * @return the number, at least 0
     */
    long recordsWritten();
}
