package io.github.demarche.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2: writing statements as NDJSON with the module, against Jackson databind writing the
 * equivalent plain records; both write the same bytes (checked when the data is generated) into
 * a reused buffer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonWriteBenchmark {

    /** How many statements (lines) one operation writes. */
    @Param("10000")
    public int size;

    private JsonLines lines;
    private ByteArrayOutputStream out;

    /** Generates the statements once per trial. */
    @Setup
    public void generate() {
        lines = new JsonLines(size);
        out = new ByteArrayOutputStream(lines.bytes.length + 1024);
        AnalysisBenchmark.settle();
    }

    /**
     * Writes the model's statements.
     *
     * @return how many bytes were written
     */
    @Benchmark
    public int writeModel() {
        out.reset();
        return JsonLines.writeTo(lines.modelWriter, lines.statements, out).size();
    }

    /**
     * Writes the plain records with databind: the baseline.
     *
     * @return how many bytes were written
     */
    @Benchmark
    public int writeRecords() {
        out.reset();
        return JsonLines.writeTo(lines.recordWriter, lines.records, out).size();
    }
}
