package io.github.demarche.formats.ndjson;

import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes rows as Demarche's NDJSON: the format header, then each row's records in the order of
 * {@link RowRecords#records()}, one a line, so that {@link NdjsonRowReader} reads the same rows
 * back. Every record can be written: this writer refuses nothing.
 *
 * <p>Obtained from {@link io.github.demarche.formats.Formats#writer}. Not thread-safe.
 *
 * @since 0.2
 */
public final class NdjsonRowWriter implements FormatWriter {

    private final NdjsonWriter<Object> records;
    private long rows;

    /**
     * Opens a writer on a stream; the header is written at once.
     *
     * @param out  the output, closed when the writer is; not null
     * @throws IOException if the output cannot be written
     */
    public NdjsonRowWriter(OutputStream out) throws IOException {
        this.records = DemarcheNdjson.create().writer(out, Object.class);
    }

    @Override
    public void write(RowRecords row) throws IOException {
        for (Object record : row.records()) {
            records.write(record);
        }
        rows++;
    }

    @Override
    public long rowsWritten() {
        return rows;
    }

    @Override
    public long recordsWritten() {
        return records.recordCount();
    }

    @Override
    public void flush() throws IOException {
        records.flush();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    @Override
    public String toString() {
        return "NdjsonRowWriter[" + rows + " rows, " + records.recordCount() + " records]";
    }
}
