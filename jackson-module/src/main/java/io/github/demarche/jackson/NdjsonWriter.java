package io.github.demarche.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;

/**
 * Writes records to an NDJSON file, one a line: {@code {"statement":{...}}}, {@code {"event":{...}}}
 * or {@code {"casualtyReport":{...}}}, each in the module's compact JSON and ended by {@code \n},
 * after the header line {@code {"demarcheFormat":2}} unless the factory was
 * {@linkplain DemarcheNdjson#withHeader(boolean) told not to write it}. Obtained from
 * {@link DemarcheNdjson}:
 * <pre>{@code
 * try (NdjsonWriter<Object> writer = DemarcheNdjson.create().writer(file, Object.class)) {
 *     writer.write(statement);
 *     writer.writeAll(dossier.events());
 * }
 * }</pre>
 * The writer buffers its output; {@link #flush()} hands it on, {@link #close()} flushes it and
 * closes the file or stream. Nothing is held but the buffer, however many records are written.
 * JSON escapes every line break inside a text, so a record never spans lines. After an
 * {@code IOException}, what was written of the failed record is undefined.
 *
 * <p>A writer is not thread-safe.
 *
 * @param <T>  the type of record written: {@code Statement}, {@code Event}, {@code CasualtyReport}, {@code Document},
 *     or {@code Object} for all three
 * @since 0.1
 */
public final class NdjsonWriter<T> implements Closeable, Flushable {

    private final ObjectWriter values;
    private final JsonGenerator generator;
    private final Class<T> type;
    private final Set<NdjsonRecordKind> kinds;
    private long recordCount;
    private boolean closed;

    NdjsonWriter(ObjectWriter values, JsonGenerator generator, Class<T> type, Set<NdjsonRecordKind> kinds,
            boolean header) throws IOException {
        this.values = values;
        this.generator = generator;
        this.type = type;
        this.kinds = kinds;
        generator.setPrettyPrinter(null);          // a record stays on its line
        generator.setRootValueSeparator(null);     // the lines are separated by \n alone
        if (header) {
            generator.writeStartObject();
            generator.writeNumberField(DemarcheJson.FORMAT_FIELD, DemarcheJson.FORMAT_VERSION);
            generator.writeEndObject();
            generator.writeRaw('\n');
        }
    }

    /**
     * Writes a record on a line of its own.
     *
     * @param record  a {@code Statement}, {@code Event}, {@code CasualtyReport} or {@code Document}, of the writer's
     *     type, not null
     * @throws IOException if the output cannot be written, or the writer is closed
     * @throws IllegalArgumentException if the record is of another type, such as an {@code Actor} in
     *     a writer of {@code Object}
     */
    public void write(T record) throws IOException {
        Objects.requireNonNull(record, "record");
        if (closed) {
            throw new IOException("NdjsonWriter must be open to write, got a closed writer");
        }
        NdjsonRecordKind kind = NdjsonRecordKind.ofValue(record);
        if (kind == null || !kinds.contains(kind)) {
            throw new IllegalArgumentException("NdjsonWriter.record must be " + expected() + ", got " + record);
        }
        generator.writeStartObject();
        generator.writeFieldName(kind.field());
        values.writeValue(generator, record);
        generator.writeEndObject();
        generator.writeRaw('\n');
        recordCount++;
    }

    private String expected() {
        return type == Object.class ? "a Statement, an Event, a CasualtyReport or a Document" : "a " + type.getSimpleName();
    }

    /**
     * Writes records, each on a line of its own, in their order.
     *
     * @param records  the records, each as {@link #write} takes it, not null
     * @throws IOException if the output cannot be written, or the writer is closed
     * @throws IllegalArgumentException if a record is of another type; the records before it are written
     */
    public void writeAll(Iterable<? extends T> records) throws IOException {
        Objects.requireNonNull(records, "records");
        for (T record : records) {
            write(record);
        }
    }

    /**
     * Gets how many records this writer has written; the header line is not one.
     *
     * @return the count, from 0
     */
    public long recordCount() {
        return recordCount;
    }

    /**
     * Hands what is buffered on to the file or stream, and flushes it.
     *
     * @throws IOException if the output cannot be written
     */
    @Override
    public void flush() throws IOException {
        generator.flush();
    }

    /**
     * Flushes what is buffered and closes the file or stream; closing again does nothing.
     *
     * @throws IOException if the output cannot be written or closed
     */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            generator.close();
        }
    }

    /**
     * Gets a short description: the type of record and the count written.
     *
     * @return {@code NdjsonWriter[Statement, 12 records]}, for example
     */
    @Override
    public String toString() {
        return "NdjsonWriter[" + type.getSimpleName() + ", " + recordCount + (recordCount == 1 ? " record]" : " records]");
    }
}
