package io.github.demarche.flink.sink;

import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.flink.api.common.serialization.Encoder;

/**
 * Encodes Demarche records as lines of Demarche's NDJSON ({@code {"statement":{...}}},
 * {@code {"event":{...}}}, {@code {"casualtyReport":{...}}}, {@code {"document":{...}}}), the
 * lines that {@code DemarcheNdjson} and the {@code demarche} command read; for a Flink
 * {@link org.apache.flink.connector.file.sink.FileSink}, see {@link DemarcheSinks#ndjson}. Part
 * files carry no header line, so that they can be concatenated.
 *
 * <p>An instance is not thread-safe; Flink gives each writer its own copy.
 *
 * @param <T>  the record type: {@code Statement}, {@code Event}, {@code CasualtyReport},
 *     {@code Document}, or {@code Object} for any of them
 * @since 0.2
 */
public final class NdjsonEncoder<T> implements Encoder<T> {

    private static final long serialVersionUID = 1L;

    private transient ByteArrayOutputStream line;
    private transient NdjsonWriter<Object> writer;

    /**
     * Creates an encoder.
     */
    public NdjsonEncoder() {
        // the writer is opened on first use, on the task manager
    }

    /**
     * Writes a record as one line.
     *
     * @param record  the record, not null
     * @param stream  the part file's stream, not null
     * @throws IOException if the stream fails
     * @throws IllegalArgumentException if the record is not a statement, event, casualty report or document
     */
    @Override
    public void encode(T record, OutputStream stream) throws IOException {
        if (writer == null) {
            line = new ByteArrayOutputStream(1024);
            writer = DemarcheNdjson.create().withHeader(false).writer(line, Object.class);
        }
        writer.write(record);
        writer.flush();
        line.writeTo(stream);
        line.reset();
    }
}
