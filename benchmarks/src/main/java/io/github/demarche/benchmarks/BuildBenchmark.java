package io.github.demarche.benchmarks;

import io.github.demarche.Statement;
import io.github.demarche.benchmarks.PlainRecords.StatementRecord;
import java.util.List;
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
 * Benchmark 3: building and validating statements through the model's builders, against
 * constructing the equivalent plain records from the same fields. Both sides build every actor
 * mention afresh ({@code reuse = false}) or each distinct actor once ({@code reuse = true}). Both
 * share sources built beforehand: the records share the input's source records, the model the
 * sources built from them once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BuildBenchmark {

    /** How many statements one operation builds. */
    @Param("1000")
    public int size;

    /** Whether identical actors are built once and shared. */
    @Param({"false", "true"})
    public boolean reuse;

    private List<StatementRecord> input;
    private ModelMapping sources;

    /** Generates the input once per trial. */
    @Setup
    public void generate() {
        input = new Dataset(42).statements(size);
        sources = new ModelMapping(false);
        sources.statements(input);
        AnalysisBenchmark.settle();
    }

    /**
     * Builds and validates the model's statements.
     *
     * @return the statements, so that the work is not eliminated
     */
    @Benchmark
    public List<Statement> model() {
        return new ModelMapping(reuse, sources).statements(input);
    }

    /**
     * Constructs the plain records: the baseline.
     *
     * @return the records, so that the work is not eliminated
     */
    @Benchmark
    public List<StatementRecord> records() {
        return new RecordCopies(reuse).statements(input);
    }
}
