package io.github.demarche.benchmarks;

import io.github.demarche.Statement;
import io.github.demarche.flink.DemarcheFlink;
import io.github.demarche.flink.examples.WeeklyAlignment;
import io.github.demarche.flink.examples.WeeklyAlignmentJob;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonReader;
import io.github.demarche.jackson.NdjsonWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The example job on a local MiniCluster against the same analysis in one JVM, on the same NDJSON
 * files of statements from {@link Dataset} (1,000,000 by default, in four files): both read the
 * files and write the lines of {@link WeeklyAlignment}; the check prints each one's time and
 * throughput, the ratio of the job's time to the single JVM's, and whether their lines are equal.
 * Not a JMH benchmark: one run of each, the job's start-up and checkpoints included, as a user
 * would see them.
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar io.github.demarche.benchmarks.FlinkJobCheck [statements] [parallelism]
 * </pre>
 */
public final class FlinkJobCheck {

    private FlinkJobCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args  the number of statements (1,000,000) and the job's parallelism (2)
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("demarche-flink-check");
        Path in = Files.createDirectories(dir.resolve("in"));
        write(count, in, 4);
        out.printf(Locale.ROOT, "%,d statements in 4 NDJSON files, %,d bytes%n", count, size(in));

        long start = System.nanoTime();
        List<Statement> statements = new ArrayList<>(count);
        for (Path file : files(in)) {
            try (NdjsonReader<Statement> reader = DemarcheNdjson.create().reader(file, Statement.class)) {
                reader.forEachRemaining(statements::add);
            }
        }
        List<String> expected = WeeklyAlignment.inOneJvm(statements);
        double oneJvm = (System.nanoTime() - start) / 1e9;
        statements = null;
        out.printf(Locale.ROOT, "single JVM: %.1f s, %,.0f statements/s, %,d lines%n", oneJvm, count / oneJvm,
                expected.size());

        Configuration configuration = new Configuration();
        configuration.set(PipelineOptions.GENERIC_TYPES, false);
        // the weeks held in state outgrow the 5 MB of checkpoints kept by the job manager
        configuration.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, dir.resolve("checkpoints").toUri().toString());
        // a failure shows, rather than restarting without end
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, configuration);
        DemarcheFlink.register(env);
        env.enableCheckpointing(10_000, CheckpointingMode.EXACTLY_ONCE);
        Path output = dir.resolve("out");
        WeeklyAlignmentJob.build(env, DataFormat.NDJSON, new org.apache.flink.core.fs.Path(output.toUri()), null, false,
                new org.apache.flink.core.fs.Path(in.toUri()));
        start = System.nanoTime();
        env.execute("weekly alignment check");
        double job = (System.nanoTime() - start) / 1e9;
        List<String> lines = lines(output.resolve("results"));
        out.printf(Locale.ROOT, "Flink MiniCluster, parallelism %d: %.1f s, %,.0f statements/s, %,d lines%n",
                parallelism, job, count / job, lines.size());
        Collections.sort(lines);
        List<String> sorted = new ArrayList<>(expected);
        Collections.sort(sorted);
        out.printf(Locale.ROOT, "job / single JVM: %.2f; lines equal: %b%n", job / oneJvm, lines.equals(sorted));
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        if (!lines.equals(sorted)) {
            System.exit(1);
        }
    }

    private static void write(int count, Path dir, int files) throws IOException {
        List<NdjsonWriter<Statement>> writers = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            writers.add(DemarcheNdjson.create().writer(dir.resolve("statements-" + i + ".ndjson"), Statement.class));
        }
        ModelMapping mapping = new ModelMapping(true);
        int[] index = {0};
        new Dataset(42).statements(count, record -> {
            try {
                writers.get(index[0]++ % files).write(mapping.statement(record));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (NdjsonWriter<Statement> writer : writers) {
            writer.close();
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().collect(Collectors.toList());
        }
    }

    private static long size(Path dir) throws IOException {
        long size = 0;
        for (Path file : files(dir)) {
            size += Files.size(file);
        }
        return size;
    }

    private static List<String> lines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path part : walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().startsWith("part-")).collect(Collectors.toList())) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
