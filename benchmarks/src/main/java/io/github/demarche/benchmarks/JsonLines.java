package io.github.demarche.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.Statement;
import io.github.demarche.benchmarks.PlainRecords.StatementRecord;
import io.github.demarche.jackson.DemarcheJson;
import io.github.demarche.jackson.DemarcheModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The NDJSON of the JSON benchmarks (one statement per line), and the readers and writers of both
 * sides: the model through {@code DemarcheJson.newObjectMapper()} (and, to show what its hardening
 * costs, through the module on a mapper of Jackson's defaults), the records through a plain
 * {@code JsonMapper}. Both sides read with a {@link MappingIterator} and write with a
 * {@link SequenceWriter} that separates values by a new line and does not flush after each value,
 * so that the only difference is the (de)serializers.
 */
public final class JsonLines {

    /** The generated statements, as plain records. */
    final List<StatementRecord> records;
    /** The same statements, as the model. */
    final List<Statement> statements;
    /** The NDJSON the module writes for them; databind writes the same bytes for the records. */
    final byte[] bytes;

    /** Reads and writes the model: the recommended mapper, hardened for untrusted input. */
    final ObjectMapper modelMapper = DemarcheJson.newObjectMapper();
    final ObjectReader modelReader = modelMapper.readerFor(Statement.class);
    final ObjectWriter modelWriter = lines(modelMapper.writerFor(Statement.class));

    /**
     * Reads the model with the module registered on a mapper of Jackson's defaults, as
     * {@code new ObjectMapper().registerModule(new DemarcheModule())}: no duplicate-key detection
     * and no limits beyond Jackson's, the settings of the records' mapper.
     */
    final ObjectReader modelPlainReader = JsonMapper.builder().addModule(new DemarcheModule()).build()
            .readerFor(Statement.class);

    /** Reads and writes the records: databind as a user configures it, plus the format's rules. */
    final ObjectMapper recordMapper = JsonMapper.builder().build();
    final ObjectReader recordReader = recordMapper.readerFor(StatementRecord.class);
    final ObjectWriter recordWriter = lines(recordMapper.writerFor(StatementRecord.class));

    /**
     * Generates {@code count} statements and writes them as NDJSON.
     *
     * @param count  how many statements
     * @throws IllegalStateException if databind does not write the module's bytes for the records
     */
    JsonLines(int count) {
        records = new Dataset(42).statements(count);
        statements = new ModelMapping(true).statements(records);
        bytes = write(modelWriter, statements, new ByteArrayOutputStream(count * 1024));
        byte[] recordBytes = write(recordWriter, records, new ByteArrayOutputStream(count * 1024));
        if (!Arrays.equals(bytes, recordBytes)) {
            throw new IllegalStateException("databind does not write the module's bytes for the records");
        }
    }

    private static ObjectWriter lines(ObjectWriter writer) {
        return writer.withRootValueSeparator("\n").without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /**
     * Writes values as NDJSON: one per line, each line ended by a new line.
     *
     * @param writer  a writer from {@link #modelWriter} or {@link #recordWriter}
     * @param values  the values
     * @param out  where to write; not closed
     * @param <T>  the type of the values
     * @param <O>  the type of the stream
     * @return {@code out}
     */
    static <T, O extends OutputStream> O writeTo(ObjectWriter writer, List<T> values, O out) {
        try (SequenceWriter sequence = writer.writeValues(out)) {
            for (int i = 0; i < values.size(); i++) {
                sequence.write(values.get(i));
            }
            sequence.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static byte[] write(ObjectWriter writer, List<?> values, ByteArrayOutputStream out) {
        return writeTo(writer, values, out).toByteArray();
    }

    /**
     * Reads every value of NDJSON.
     *
     * @param reader  a reader from {@link #modelReader} or {@link #recordReader}
     * @param bytes  the NDJSON
     * @param <T>  the type of the values
     * @return the values
     */
    static <T> List<T> readAll(ObjectReader reader, byte[] bytes) {
        List<T> values = new ArrayList<>();
        try (MappingIterator<T> iterator = reader.readValues(bytes)) {
            while (iterator.hasNextValue()) {
                values.add(iterator.nextValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
