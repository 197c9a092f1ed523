package io.github.demarche.benchmarks;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import io.github.demarche.analysis.CasualtyReconciliation;
import io.github.demarche.analysis.StanceAlignment;
import io.github.demarche.analysis.StanceTimeline;
import java.util.List;
import java.util.Map;
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
 * Benchmark 4: the analysis package on 10,000, 100,000 and 1,000,000 statements (or casualty
 * reports), to show how its cost grows with the input: {@code StanceAlignment.byTarget} over every
 * target, the {@code StanceTimeline} of one actor (China, whose foreign minister, spokesperson and
 * government speak for it) on one topic, and {@code CasualtyReconciliation.byScope} over reports of
 * 45 scopes. The values are built once per trial, actors shared as a pipeline that reads JSON
 * shares them; only what a benchmark method uses is built.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {

    /** Statements, and the actor and target of the timeline. */
    @State(Scope.Benchmark)
    public static class Statements {

        /** How many statements. */
        @Param({"10000", "100000", "1000000"})
        public int size;

        List<Statement> statements;
        Actor actor;
        StanceTarget target;

        /** Generates and builds the statements one at a time, so that no records are held. */
        @Setup
        public void generate() {
            Dataset dataset = new Dataset(42);
            ModelMapping mapping = new ModelMapping(true);
            Statement[] built = new Statement[size];
            int[] next = {0};
            dataset.statements(size, record -> built[next[0]++] = mapping.statement(record));
            statements = List.of(built);
            actor = dataset.actors().stream().filter(a -> a.id().equals("chn")).findFirst().map(mapping::actor)
                    .orElseThrow();
            target = StanceTarget.topic("the situation in Myanmar", "topic-0");
            settle();
        }
    }

    /** Casualty reports. */
    @State(Scope.Benchmark)
    public static class Reports {

        /** How many casualty reports. */
        @Param({"10000", "100000", "1000000"})
        public int size;

        List<CasualtyReport> reports;

        /** Generates and builds the reports one at a time. */
        @Setup
        public void generate() {
            ModelMapping mapping = new ModelMapping(true);
            CasualtyReport[] built = new CasualtyReport[size];
            int[] next = {0};
            new Dataset(42).casualtyReports(size, record -> built[next[0]++] = mapping.casualtyReport(record));
            reports = List.of(built);
            settle();
        }
    }

    /**
     * Collects the garbage of the setup and moves the values built to the old generation before the
     * first iteration: otherwise the first collection during the benchmark copies a million values
     * and lands a pause of a second in one iteration.
     */
    static void settle() {
        System.gc();
    }

    /**
     * Aligns the actors on every target.
     *
     * @param state  the statements
     * @return the alignments
     */
    @Benchmark
    public Map<String, StanceAlignment> alignmentByTarget(Statements state) {
        return StanceAlignment.byTarget(state.statements);
    }

    /**
     * Builds one actor's timeline on one topic.
     *
     * @param state  the statements
     * @return the timeline
     */
    @Benchmark
    public StanceTimeline timeline(Statements state) {
        return StanceTimeline.of(state.statements, state.actor, state.target);
    }

    /**
     * Reconciles the reports of every scope.
     *
     * @param state  the reports
     * @return the reconciliations
     */
    @Benchmark
    public List<CasualtyReconciliation> reconciliationByScope(Reports state) {
        return CasualtyReconciliation.byScope(state.reports);
    }
}
