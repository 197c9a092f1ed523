package io.github.demarche.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.demarche.Event;
import io.github.demarche.flink.typeutils.DemarcheTypeInfo;
import io.github.demarche.jackson.DemarcheJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.runtime.kryo.KryoSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A round trip of events through a Flink serializer, as {@link FlinkSerializerBenchmark} makes one
 * of statements. Candidate: {@code demarche}, the {@code DemarcheSerializer} (binary format 2,
 * events field by field); baselines: {@code json}, what binary format 1 wrote for an event (its
 * Demarche JSON, length-prefixed, through one reused Jackson writer and reader), and {@code kryo},
 * Flink's generic fallback. One operation is the round trip of every event of the data set;
 * {@link #printBytes} prints the bytes per event of the three.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FlinkEventSerializerBenchmark {

    /** How many events one operation serializes and reads back. */
    @Param("10000")
    int size;

    private List<Event> events;
    private TypeSerializer<Event> demarche;
    private TypeSerializer<Event> kryo;
    private JsonForm json;
    private final DataOutputSerializer out = new DataOutputSerializer(1 << 16);
    private final DataInputDeserializer in = new DataInputDeserializer();

    /** Generates the events (actors shared) and makes the serializers. */
    @Setup
    public void setUp() {
        events = events(size);
        demarche = DemarcheTypeInfo.events().createSerializer(new SerializerConfigImpl());
        kryo = new KryoSerializer<>(Event.class, new SerializerConfigImpl());
        json = new JsonForm();
    }

    static List<Event> events(int size) {
        ModelMapping mapping = new ModelMapping(true);
        return new Dataset(42).events(size).stream().map(mapping::event).toList();
    }

    /**
     * The candidate.
     *
     * @param hole  consumes what is read
     * @throws IOException never: the buffers are in memory
     */
    @Benchmark
    public void demarche(Blackhole hole) throws IOException {
        for (Event event : events) {
            out.clear();
            demarche.serialize(event, out);
            in.setBuffer(out.getSharedBuffer(), 0, out.length());
            hole.consume(demarche.deserialize(in));
        }
    }

    /**
     * The baseline of format 1.
     *
     * @param hole  consumes what is read
     * @throws IOException never: the buffers are in memory
     */
    @Benchmark
    public void json(Blackhole hole) throws IOException {
        for (Event event : events) {
            out.clear();
            json.write(event, out);
            in.setBuffer(out.getSharedBuffer(), 0, out.length());
            hole.consume(json.read(in));
        }
    }

    /**
     * The baseline of Flink's fallback.
     *
     * @param hole  consumes what is read
     * @throws IOException never: the buffers are in memory
     */
    @Benchmark
    public void kryo(Blackhole hole) throws IOException {
        for (Event event : events) {
            out.clear();
            kryo.serialize(event, out);
            in.setBuffer(out.getSharedBuffer(), 0, out.length());
            hole.consume(kryo.deserialize(in));
        }
    }

    /** An event as format 1 wrote it: the length of its JSON, then the JSON. */
    static final class JsonForm {
        private final ObjectWriter writer;
        private final ObjectReader reader;

        JsonForm() {
            ObjectMapper mapper = DemarcheJson.newObjectMapper();
            writer = mapper.writerFor(Event.class);
            reader = mapper.readerFor(Event.class);
        }

        void write(Event event, DataOutputSerializer out) throws IOException {
            byte[] bytes = writer.writeValueAsBytes(event);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        Event read(DataInputDeserializer in) throws IOException {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return reader.readValue(bytes);
        }
    }

    /**
     * Prints the bytes per event of the three forms on the benchmark's data set.
     *
     * @param print  where to print
     * @param size  how many events
     */
    static void printBytes(PrintStream print, int size) {
        List<Event> events = events(size);
        TypeSerializer<Event> demarche = DemarcheTypeInfo.events().createSerializer(new SerializerConfigImpl());
        TypeSerializer<Event> kryo = new KryoSerializer<>(Event.class, new SerializerConfigImpl());
        JsonForm json = new JsonForm();
        long[] totals = new long[3];
        DataOutputSerializer buffer = new DataOutputSerializer(1 << 16);
        try {
            for (Event event : events) {
                buffer.clear();
                demarche.serialize(event, buffer);
                totals[0] += buffer.length();
                buffer.clear();
                json.write(event, buffer);
                totals[1] += buffer.length();
                buffer.clear();
                kryo.serialize(event, buffer);
                totals[2] += buffer.length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        print.printf(Locale.ROOT, "Flink serializers, bytes per event (%,d events): demarche %.1f, json %.1f,"
                + " kryo %.1f%n", size, (double) totals[0] / size, (double) totals[1] / size,
                (double) totals[2] / size);
    }
}
