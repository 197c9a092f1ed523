package io.github.demarche.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import io.github.demarche.Statement;
import io.github.demarche.benchmarks.PlainRecords.StatementRecord;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * Benchmark 1: reading NDJSON statements (one statement's JSON per line, as the module writes
 * it) into the validated model with {@code DemarcheJson.newObjectMapper()}, against Jackson
 * databind reading the same bytes into plain records (no validation), and against the floor: a
 * bare {@code jackson-core} scan of the same bytes that visits every token, materializes every
 * string value ({@code getText()}) and every number, and builds nothing. {@code readModelPlainMapper}
 * reads the model with the module on a mapper of Jackson's defaults, the records' settings.
 *
 * <p>The mappers live as long as the benchmark, as in a pipeline: the module's caches of actors,
 * sources and dates are warm, so repeated actors are shared on the model's side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonReadBenchmark {

    /** How many statements (lines) one operation reads. */
    @Param("10000")
    public int size;

    private JsonLines lines;
    private JsonFactory factory;

    /** Generates the NDJSON once per trial. */
    @Setup
    public void generate() {
        lines = new JsonLines(size);
        factory = lines.recordMapper.getFactory();
        AnalysisBenchmark.settle();
    }

    /**
     * Reads the model's statements, validated.
     *
     * @param blackhole  consumes each statement
     * @throws IOException never: the bytes are valid
     */
    @Benchmark
    public void readModel(Blackhole blackhole) throws IOException {
        try (MappingIterator<Statement> iterator = lines.modelReader.readValues(lines.bytes)) {
            while (iterator.hasNextValue()) {
                blackhole.consume(iterator.nextValue());
            }
        }
    }

    /**
     * Reads the model's statements, validated, with the module on a mapper of Jackson's defaults:
     * what the hardening of {@code newObjectMapper()} (duplicate keys rejected, limits, UTF-8
     * only) costs is the difference with {@link #readModel}.
     *
     * @param blackhole  consumes each statement
     * @throws IOException never: the bytes are valid
     */
    @Benchmark
    public void readModelPlainMapper(Blackhole blackhole) throws IOException {
        try (MappingIterator<Statement> iterator = lines.modelPlainReader.readValues(lines.bytes)) {
            while (iterator.hasNextValue()) {
                blackhole.consume(iterator.nextValue());
            }
        }
    }

    /**
     * Reads plain records with databind: the baseline.
     *
     * @param blackhole  consumes each record
     * @throws IOException never: the bytes are valid
     */
    @Benchmark
    public void readRecords(Blackhole blackhole) throws IOException {
        try (MappingIterator<StatementRecord> iterator = lines.recordReader.readValues(lines.bytes)) {
            while (iterator.hasNextValue()) {
                blackhole.consume(iterator.nextValue());
            }
        }
    }

    /**
     * Scans the tokens: the floor.
     *
     * @param blackhole  consumes each field name, string and number
     * @throws IOException never: the bytes are valid
     */
    @Benchmark
    public void tokenScan(Blackhole blackhole) throws IOException {
        try (JsonParser parser = factory.createParser(lines.bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME:
                        blackhole.consume(parser.currentName());
                        break;
                    case VALUE_STRING:
                        blackhole.consume(parser.getText());
                        break;
                    case VALUE_NUMBER_INT:
                        blackhole.consume(parser.getLongValue());
                        break;
                    case VALUE_NUMBER_FLOAT:
                        blackhole.consume(parser.getDoubleValue());
                        break;
                    default:
                        blackhole.consume(token);
                        break;
                }
            }
        }
    }
}
