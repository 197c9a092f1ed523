package io.github.demarche.benchmarks;

import io.github.demarche.Statement;
import io.github.demarche.flink.typeutils.DemarcheTypeInfo;
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
 * A round trip of statements through a Flink serializer, as a shuffle or a state backend makes one:
 * serialized to Flink's {@code DataOutputSerializer}, read back from its bytes. Candidate:
 * {@code demarche}, the {@code DemarcheSerializer} that {@code demarche-flink} registers; baseline:
 * {@code kryo}, Flink's generic {@code KryoSerializer}, which Flink falls back to for the same
 * objects when nothing is registered. Each serializer is one instance for the whole run, as one
 * task's is (the Demarche serializer's caches of actors and sources fill as they would in a task).
 * One operation is the round trip of every statement of the data set; {@link #printBytes} prints
 * the bytes per statement of both.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FlinkSerializerBenchmark {

    /** How many statements one operation serializes and reads back. */
    @Param("10000")
    int size;

    private List<Statement> statements;
    private TypeSerializer<Statement> demarche;
    private TypeSerializer<Statement> kryo;
    private final DataOutputSerializer out = new DataOutputSerializer(1 << 16);
    private final DataInputDeserializer in = new DataInputDeserializer();

    /**
     * Generates the statements (actors shared, as a pipeline that resolves them has them) and makes
     * the serializers.
     */
    @Setup
    public void setUp() {
        statements = new ModelMapping(true).statements(new Dataset(42).statements(size));
        demarche = demarcheSerializer();
        kryo = kryoSerializer();
    }

    static TypeSerializer<Statement> demarcheSerializer() {
        return DemarcheTypeInfo.statements().createSerializer(new SerializerConfigImpl());
    }

    static TypeSerializer<Statement> kryoSerializer() {
        return new KryoSerializer<>(Statement.class, new SerializerConfigImpl());
    }

    /**
     * The candidate.
     *
     * @param hole  consumes what is read
     * @throws IOException never: the buffers are in memory
     */
    @Benchmark
    public void demarche(Blackhole hole) throws IOException {
        roundTrip(demarche, hole);
    }

    /**
     * The baseline.
     *
     * @param hole  consumes what is read
     * @throws IOException never: the buffers are in memory
     */
    @Benchmark
    public void kryo(Blackhole hole) throws IOException {
        roundTrip(kryo, hole);
    }

    private void roundTrip(TypeSerializer<Statement> serializer, Blackhole hole) throws IOException {
        for (Statement statement : statements) {
            out.clear();
            serializer.serialize(statement, out);
            in.setBuffer(out.getSharedBuffer(), 0, out.length());
            hole.consume(serializer.deserialize(in));
        }
    }

    /**
     * Gets the bytes a serializer writes for statements, in total.
     *
     * @param serializer  the serializer
     * @param statements  the statements
     * @return the bytes
     */
    static long bytes(TypeSerializer<Statement> serializer, List<Statement> statements) {
        DataOutputSerializer buffer = new DataOutputSerializer(1 << 16);
        long total = 0;
        try {
            for (Statement statement : statements) {
                buffer.clear();
                serializer.serialize(statement, buffer);
                total += buffer.length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /**
     * Prints the bytes per statement of both serializers on the benchmark's data set.
     *
     * @param out  where to print
     * @param size  how many statements
     */
    static void printBytes(PrintStream out, int size) {
        List<Statement> statements = new ModelMapping(true).statements(new Dataset(42).statements(size));
        double demarche = (double) bytes(demarcheSerializer(), statements) / size;
        double kryo = (double) bytes(kryoSerializer(), statements) / size;
        out.printf(Locale.ROOT, "Flink serializers, bytes per statement (%,d statements): demarche %.1f, kryo %.1f,"
                + " ratio %.2f (target <= 1)%n", size, demarche, kryo, demarche / kryo);
    }
}
