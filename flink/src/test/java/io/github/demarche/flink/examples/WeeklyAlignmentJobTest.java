package io.github.demarche.flink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Statement;
import io.github.demarche.flink.DemarcheFlink;
import io.github.demarche.flink.TestRecords;
import io.github.demarche.flink.sink.DemarcheSinks;
import io.github.demarche.flink.source.DemarcheFileSource;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonReader;
import io.github.demarche.jackson.NdjsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.Path;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class WeeklyAlignmentJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** Set by any task when a checkpoint completes; read by the failing mapper. */
    static final AtomicInteger CHECKPOINTS = new AtomicInteger();
    /** Set when the failing mapper has failed once. */
    static final AtomicBoolean FAILED = new AtomicBoolean();

    @TempDir
    java.nio.file.Path dir;

    private List<Statement> statements;
    private Path input;

    @BeforeEach
    void write_the_input() throws IOException {
        // both fixtures and the ICEWS sample's statements, ten times with fresh ids, in two files
        statements = new ArrayList<>();
        List<Statement> base = TestRecords.statements();
        for (int copy = 0; copy < 10; copy++) {
            for (Statement statement : base) {
                statements.add(copy == 0 ? statement : Statement.builder().from(statement)
                        .id(statement.id() + "-copy" + copy).build());
            }
        }
        java.nio.file.Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int file = 0; file < 2; file++) {
            try (NdjsonWriter<Statement> writer = DemarcheNdjson.create()
                    .writer(in.resolve("statements-" + file + ".ndjson"), Statement.class)) {
                for (int i = file; i < statements.size(); i += 2) {
                    writer.write(statements.get(i));
                }
            }
        }
        input = new Path(in.toUri());
        CHECKPOINTS.set(0);
        FAILED.set(false);
    }

    private static StreamExecutionEnvironment environment(Configuration configuration) {
        configuration.set(PipelineOptions.GENERIC_TYPES, false);
        if (!configuration.contains(RestartStrategyOptions.RESTART_STRATEGY)) {
            // a failure fails the test, rather than restarting the job without end
            configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration);
        DemarcheFlink.register(env);
        env.setParallelism(2);
        env.enableCheckpointing(100, CheckpointingMode.EXACTLY_ONCE);
        return env;
    }

    private static List<String> lines(java.nio.file.Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(directory)) {
            return lines;
        }
        try (Stream<java.nio.file.Path> files = Files.walk(directory)) {
            for (java.nio.file.Path part : files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().startsWith("part-")).collect(Collectors.toList())) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    @Test
    void the_jobs_output_equals_the_analysis_in_one_jvm() throws Exception {
        java.nio.file.Path out = dir.resolve("out");
        StreamExecutionEnvironment env = environment(new Configuration());
        WeeklyAlignmentJob.build(env, DataFormat.NDJSON, new Path(out.toUri()), null, false, input);
        env.execute("weekly alignment");

        List<String> expected = WeeklyAlignment.inOneJvm(statements);
        assertThat(expected).anyMatch(line -> line.contains("\"kind\":\"alignment\""))
                .anyMatch(line -> line.contains("\"kind\":\"shift\""));
        assertThat(lines(out.resolve("results"))).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);

        List<Statement> unplaced = new ArrayList<>();
        for (String line : lines(out.resolve("unplaced"))) {
            try (NdjsonReader<Statement> reader = DemarcheNdjson.create().reader(
                    new java.io.StringReader(line), Statement.class)) {
                reader.forEachRemaining(unplaced::add);
            }
        }
        assertThat(unplaced).isNotEmpty().containsExactlyInAnyOrderElementsOf(statements.stream()
                .filter(statement -> WeeklyAlignment.weekOf(statement).isEmpty()).collect(Collectors.toList()));
        assertThat(lines(out.resolve("late"))).isEmpty();
        assertThat(lines(out.resolve("refused"))).isEmpty();
    }

    @Test
    void a_gdelt_export_read_as_positions_gives_the_analysis_in_one_jvm() throws Exception {
        java.nio.file.Path export = dir.resolve("gdelt").resolve("20191024143000.export.CSV");
        Files.createDirectories(export.getParent());
        try (java.io.InputStream in = TestRecords.class.getResourceAsStream(TestRecords.SAMPLES.get(DataFormat.GDELT2))) {
            Files.copy(in, export);
        }
        java.nio.file.Path out = dir.resolve("gdelt-out");
        StreamExecutionEnvironment env = environment(new Configuration());
        WeeklyAlignmentJob.build(env, DataFormat.GDELT2, new Path(out.toUri()), null, true, new Path(export.toUri()));
        env.execute("weekly alignment of GDELT");

        List<Statement> positions = new ArrayList<>();
        TestRecords.rows(DataFormat.GDELT2).forEach(row -> row.event().flatMap(EventPositions::position)
                .ifPresent(positions::add));
        List<String> expected = WeeklyAlignment.inOneJvm(positions);
        assertThat(expected).isNotEmpty();
        assertThat(lines(out.resolve("results"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_restart_after_a_checkpoint_loses_and_repeats_nothing() throws Exception {
        Configuration configuration = new Configuration();
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(10));
        StreamExecutionEnvironment env = environment(configuration);
        java.nio.file.Path out = dir.resolve("out");
        WeeklyAlignmentJob.Outputs outputs = WeeklyAlignmentJob.analyse(
                DemarcheFileSource.statements(DemarcheFileSource.rows(env, DataFormat.NDJSON, input))
                        .map(new UntilACheckpoint(), io.github.demarche.flink.typeutils.DemarcheTypeInfo.statements()),
                null);
        outputs.results().map(new FailOnceAfterACheckpoint(), Types.STRING)
                .sinkTo(DemarcheSinks.lines(new Path(out.toUri()), ".jsonl"));
        env.execute("weekly alignment, failing once");

        assertThat(FAILED).isTrue();
        List<String> expected = WeeklyAlignment.inOneJvm(statements);
        assertThat(lines(out)).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Passes statements on, pausing briefly on each until a checkpoint has completed, so that one does. */
    static final class UntilACheckpoint implements MapFunction<Statement, Statement>, CheckpointListener {

        private static final long serialVersionUID = 1L;

        @Override
        public Statement map(Statement statement) throws InterruptedException {
            if (CHECKPOINTS.get() == 0) {
                Thread.sleep(2);
            }
            return statement;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            CHECKPOINTS.incrementAndGet();
        }
    }

    /** Fails on its first line after a checkpoint has completed, once in the test. */
    static final class FailOnceAfterACheckpoint implements MapFunction<String, String>, CheckpointListener {

        private static final long serialVersionUID = 1L;

        @Override
        public String map(String line) {
            if (CHECKPOINTS.get() > 0 && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("failing once, after checkpoint " + CHECKPOINTS.get());
            }
            return line;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            CHECKPOINTS.incrementAndGet();
        }
    }
}
