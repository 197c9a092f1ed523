package io.github.demarche.flink.examples;

import io.github.demarche.Statement;
import io.github.demarche.flink.DemarcheFlink;
import io.github.demarche.flink.sink.DemarcheSinks;
import io.github.demarche.flink.source.DemarcheFileSource;
import io.github.demarche.flink.typeutils.DemarcheTypeInfo;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.datastream.WindowedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The example job: from files of any supported format (GDELT 2.0 exports, ICEWS, UCDP GED, PLOVER,
 * Demarche NDJSON), per week and per question (stance target), the alignment of each pair of actors
 * that took a position and each actor's shifts, written as NDJSON ({@link WeeklyAlignment} says
 * what a line holds and how a date maps to a week).
 * <pre>
 * WeeklyAlignmentJob --from FORMAT --output DIR [--positions-from-events] [--out-of-orderness DAYS]
 *                    [--checkpoint-interval MS] [--checkpoint-dir DIR] [--parallelism N] INPUT...
 * </pre>
 * Under {@code DIR}: {@code results/} (the lines), {@code unplaced/} (statements whose date spans
 * more than one week, as NDJSON), {@code late/} (statements later than the out-of-orderness, as
 * NDJSON), {@code refused/} (the refused rows, as the {@code demarche} command reports them).
 *
 * <p><b>Event time.</b> A statement's event time is its earliest day. Without
 * {@code --out-of-orderness}, the job emits no watermark before the end of its (bounded) input, so
 * every week is complete when it is analysed and the output equals the analysis of the same
 * statements in one JVM ({@link WeeklyAlignment#inOneJvm}), whatever the order of the files. With
 * it, a week is analysed once the watermark (the latest event time met, less the given number of
 * days) has passed it, and a statement met after its week was analysed goes to {@code late/}: the
 * choice for input that never ends. Checkpoints are taken every 10 seconds unless told otherwise,
 * to {@code --checkpoint-dir} (or the cluster's {@code execution.checkpointing.dir}, or else a
 * directory under {@code java.io.tmpdir}, which serves a MiniCluster only: the weeks held in state
 * outgrow what the job manager keeps); the file sinks commit on checkpoints, so a restart neither
 * loses nor repeats a line. Unless the cluster sets a restart strategy, the job restarts at most 3
 * times, 10 seconds apart (Flink's default with checkpoints restarts without end).
 *
 * <p>The job analyses statements. GDELT's rows are events in {@code demarche-formats}, and every
 * importer gives each row's actors ids of their own; with {@code --positions-from-events}, events
 * of verbal codes are read as their initiator's position toward their target, actors identified
 * by CAMEO actor code ({@link EventPositions}), which is what a GDELT export needs to give
 * alignments.
 *
 * @since 0.2
 */
public final class WeeklyAlignmentJob {

    /** The side output of the statements whose date spans more than one week. */
    public static final OutputTag<Statement> UNPLACED = new OutputTag<>("unplaced", DemarcheTypeInfo.statements());
    /** The side output of the statements met after their week was analysed. */
    public static final OutputTag<Tuple2<String, Statement>> LATE = new OutputTag<>("late", keyedType());

    /** The command line. */
    static final String USAGE = "usage: WeeklyAlignmentJob --from FORMAT --output DIR [--positions-from-events]"
            + " [--out-of-orderness DAYS] [--checkpoint-interval MS] [--checkpoint-dir DIR] [--parallelism N] INPUT...";

    private static final Duration WEEK = Duration.ofDays(7);
    /** Epoch windows of a week start on Thursdays (1 January 1970); four days on is a Monday. */
    private static final Duration MONDAY = Duration.ofDays(4);

    private WeeklyAlignmentJob() {
    }

    /**
     * What the analysis gives.
     *
     * @param results  the lines of JSON, not null
     * @param unplaced  the statements whose date spans more than one week, not null
     * @param late  the statements met after their week was analysed, not null
     */
    public record Outputs(DataStream<String> results, DataStream<Statement> unplaced, DataStream<Statement> late) {

        /**
         * Creates the outputs.
         *
         * @param results  the lines of JSON, not null
         * @param unplaced  the statements whose date spans more than one week, not null
         * @param late  the statements met after their week was analysed, not null
         */
        public Outputs {
            Objects.requireNonNull(results, "results");
            Objects.requireNonNull(unplaced, "unplaced");
            Objects.requireNonNull(late, "late");
        }
    }

    private static TypeInformation<Tuple2<String, Statement>> keyedType() {
        return Types.TUPLE(Types.STRING, DemarcheTypeInfo.statements());
    }

    /**
     * Builds the analysis on a stream of statements.
     *
     * @param statements  the statements, not null
     * @param outOfOrderness  how late a statement may come, or null to analyse every week at the end
     *     of the input
     * @return the outputs, not null
     */
    public static Outputs analyse(DataStream<Statement> statements, Duration outOfOrderness) {
        Objects.requireNonNull(statements, "statements");
        SingleOutputStreamOperator<Statement> placed = statements.process(new Placement(),
                DemarcheTypeInfo.statements()).name("place-in-a-week");
        WatermarkStrategy<Statement> watermarks = outOfOrderness == null ? WatermarkStrategy.noWatermarks()
                : WatermarkStrategy.forBoundedOutOfOrderness(outOfOrderness);
        DataStream<Statement> timed = placed.assignTimestampsAndWatermarks(
                watermarks.withTimestampAssigner((statement, previous) -> WeeklyAlignment.eventTime(statement)));
        WindowedStream<Tuple2<String, Statement>, String, TimeWindow> windows = timed
                .flatMap(new ByTarget(), keyedType()).name("by-target")
                .keyBy(new TargetKey(), Types.STRING)
                .window(TumblingEventTimeWindows.of(WEEK, MONDAY))
                .sideOutputLateData(LATE);
        SingleOutputStreamOperator<String> results = windows.process(new Analysis(), Types.STRING)
                .name("weekly-alignment");
        DataStream<Statement> late = results.getSideOutput(LATE).map(keyed -> keyed.f1, DemarcheTypeInfo.statements());
        return new Outputs(results, placed.getSideOutput(UNPLACED), late);
    }

    /**
     * Builds the whole job: the files, the analysis and the sinks.
     *
     * @param env  the environment, not null
     * @param format  the format of the input files, not null
     * @param output  the output directory, not null
     * @param outOfOrderness  how late a statement may come, or null to analyse every week at the end
     * @param positionsFromEvents  whether events are also read as positions ({@link EventPositions})
     * @param inputs  the input files or directories, at least one
     */
    public static void build(StreamExecutionEnvironment env, DataFormat format, Path output, Duration outOfOrderness,
            boolean positionsFromEvents, Path... inputs) {
        SingleOutputStreamOperator<RowRecords> rows = DemarcheFileSource.rows(env, format, inputs);
        DataStream<Statement> statements = positionsFromEvents
                ? rows.flatMap(new StatementsAndPositions(), DemarcheTypeInfo.statements()).name("statements-and-positions")
                : DemarcheFileSource.statements(rows);
        Outputs outputs = analyse(statements, outOfOrderness);
        outputs.results().sinkTo(DemarcheSinks.lines(new Path(output, "results"), ".jsonl")).name("results");
        outputs.unplaced().sinkTo(DemarcheSinks.<Statement>ndjson(new Path(output, "unplaced"))).name("unplaced");
        outputs.late().sinkTo(DemarcheSinks.<Statement>ndjson(new Path(output, "late"))).name("late");
        rows.getSideOutput(DemarcheFileSource.REFUSED_ROWS).map(RowProblem::toString, Types.STRING)
                .sinkTo(DemarcheSinks.lines(new Path(output, "refused"), ".txt")).name("refused");
    }

    /**
     * Runs the job: on a local MiniCluster when started as a program, on the cluster when started by
     * {@code flink run}.
     *
     * @param args  {@code --from FORMAT --output DIR [--positions-from-events] [--out-of-orderness DAYS]
     *     [--checkpoint-interval MS] [--checkpoint-dir DIR] [--parallelism N] INPUT...}
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        DataFormat format = null;
        Path output = null;
        Duration outOfOrderness = null;
        boolean positionsFromEvents = false;
        long checkpointInterval = 10_000;
        String checkpointDir = null;
        int parallelism = -1;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from" -> format = DataFormat.ofCliName(value(args, ++i));
                case "--output" -> output = new Path(value(args, ++i));
                case "--out-of-orderness" -> outOfOrderness = Duration.ofDays(Long.parseLong(value(args, ++i)));
                case "--checkpoint-interval" -> checkpointInterval = Long.parseLong(value(args, ++i));
                case "--checkpoint-dir" -> checkpointDir = value(args, ++i);
                case "--parallelism" -> parallelism = Integer.parseInt(value(args, ++i));
                case "--positions-from-events" -> positionsFromEvents = true;
                default -> inputs.add(new Path(args[i]));
            }
        }
        if (format == null || output == null || inputs.isEmpty()) {
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DemarcheFlink.register(env);
        env.enableCheckpointing(checkpointInterval, CheckpointingMode.EXACTLY_ONCE);
        if (checkpointDir == null && env.getConfiguration().getOptional(CheckpointingOptions.CHECKPOINTS_DIRECTORY)
                .isEmpty()) {
            // the job holds its weeks in state: more than the 5 MB that checkpoints kept by the job
            // manager may hold. A local directory serves a MiniCluster; a cluster needs a shared one.
            checkpointDir = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "demarche-weekly-checkpoints")
                    .toUri().toString();
        }
        Configuration settings = new Configuration();
        if (checkpointDir != null) {
            settings.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
        }
        if (env.getConfiguration().getOptional(RestartStrategyOptions.RESTART_STRATEGY).isEmpty()) {
            // with checkpoints, Flink's default restarts without end: a bounded job should fail instead
            settings.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
            settings.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
            settings.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(10));
        }
        env.configure(settings);
        if (parallelism > 0) {
            env.setParallelism(parallelism);
        }
        build(env, format, output, outOfOrderness, positionsFromEvents, inputs.toArray(new Path[0]));
        JobExecutionResult result = env.execute("Demarche weekly alignment");
        System.err.printf(Locale.ROOT, "Demarche weekly alignment: %.1f s; results in %s, unplaced statements in %s,"
                + " late ones in %s, refused rows in %s%n", result.getNetRuntime() / 1000.0, new Path(output, "results"),
                new Path(output, "unplaced"), new Path(output, "late"), new Path(output, "refused"));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("WeeklyAlignmentJob." + args[i - 1] + " must have a value, got none");
        }
        return args[i];
    }

    /** A row's statement, or its event read as a position. */
    private static final class StatementsAndPositions implements FlatMapFunction<RowRecords, Statement> {

        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(RowRecords row, Collector<Statement> out) {
            row.statement().ifPresent(out::collect);
            row.event().flatMap(EventPositions::position).ifPresent(out::collect);
        }
    }

    /** Sends statements whose date spans more than one week aside. */
    private static final class Placement extends ProcessFunction<Statement, Statement> {

        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(Statement statement, Context context, Collector<Statement> out) {
            if (WeeklyAlignment.weekOf(statement).isPresent()) {
                out.collect(statement);
            } else {
                context.output(UNPLACED, statement);
            }
        }
    }

    /** A statement once for each target it takes a stance on. */
    private static final class ByTarget implements FlatMapFunction<Statement, Tuple2<String, Statement>> {

        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Statement statement, Collector<Tuple2<String, Statement>> out) {
            for (String key : WeeklyAlignment.targetKeys(statement)) {
                out.collect(Tuple2.of(key, statement));
            }
        }
    }

    /** The target's identity key. */
    private static final class TargetKey implements KeySelector<Tuple2<String, Statement>, String> {

        private static final long serialVersionUID = 1L;

        @Override
        public String getKey(Tuple2<String, Statement> keyed) {
            return keyed.f0;
        }
    }

    /** One week's statements on one target, analysed. */
    private static final class Analysis
            extends ProcessWindowFunction<Tuple2<String, Statement>, String, String, TimeWindow> {

        private static final long serialVersionUID = 1L;

        @Override
        public void process(String targetKey, Context context, Iterable<Tuple2<String, Statement>> elements,
                Collector<String> out) {
            List<Statement> statements = new ArrayList<>();
            elements.forEach(keyed -> statements.add(keyed.f1));
            LocalDate monday = LocalDate.ofInstant(Instant.ofEpochMilli(context.window().getStart()), ZoneOffset.UTC);
            WeeklyAlignment.lines(monday, targetKey, statements).forEach(out::collect);
        }
    }
}
