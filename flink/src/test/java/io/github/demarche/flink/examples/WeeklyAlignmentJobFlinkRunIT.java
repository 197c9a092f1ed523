package io.github.demarche.flink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Statement;
import io.github.demarche.flink.TestRecords;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonReader;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.client.cli.CliFrontend;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.InjectClusterClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built job jar as {@code flink run} does, on a local cluster: the command of the module's
 * README, {@code flink run <job jar> --from gdelt2 --positions-from-events --output DIR INPUT} on the
 * GDELT 2.0 sample, given to Flink's own command line ({@link CliFrontend}, the class behind
 * {@code bin/flink}) with {@code -m} naming the REST endpoint of a MiniCluster.
 *
 * <p>The command line runs in a child JVM (the test's own {@code java}) whose class path is Flink's:
 * the test's class path without Demarche's modules, the libraries the job jar brings (Jackson, which
 * a Flink distribution has only relocated in its own shaded jars) and the test libraries (JUnit,
 * AssertJ, Flink's test utilities); {@link #flinkClassPath} works it out and the test checks that no
 * Demarche class is left on it. So the front end builds a {@code PackagedProgram} from the shaded jar
 * (its manifest names the main class), loads it in a child-first user-code class loader, runs its
 * {@code main} in attached mode with the remote executor, and submits the job graph with the jar
 * through the REST API: a class of Demarche or Jackson missing from the jar fails the client. The
 * cluster's task manager loads the job's classes from that jar again, as a standalone cluster would;
 * it runs in the test's JVM, though, whose class path has Demarche too, so a class that only the task
 * manager needs would still be found there, behind the jar's own classes. A second run closes that
 * gap: {@code flink run -t local} runs the whole job, task manager included, in the child JVM.
 *
 * <p>Both JVMs open the {@code java.base} packages that a Flink distribution opens for
 * {@code bin/flink} (without {@code java.util} open, the client cannot build the job graph): the
 * child is given the test JVM's {@code --add-opens} flags.
 *
 * <p>A control proves the child's class path free of Demarche: the module's jar without its
 * dependencies fails there for want of Demarche's classes.
 *
 * <p>An integration test (Maven Failsafe, after {@code package}): the system property
 * {@code demarche.job.jar} names the job jar, {@code demarche.module.jar} the module's jar alone,
 * {@code demarche.gdelt2.sample} the sample file.
 */
class WeeklyAlignmentJobFlinkRunIT {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @TempDir
    Path dir;

    private static Path file(String property) {
        String value = System.getProperty(property);
        assertThat(value).as("system property %s", property).isNotBlank();
        Path path = Path.of(value).toAbsolutePath().normalize();
        assertThat(path).as("system property %s", property).isRegularFile();
        return path;
    }

    private static List<String> lines(Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(directory)) {
            return lines;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path part : files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().startsWith("part-")).collect(Collectors.toList())) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    /**
     * Gets the class path of a Flink client: the test's, without Demarche's modules (their classes
     * and jars), the libraries that the job jar brings and a Flink distribution lacks (Jackson's
     * unrelocated jars) and the libraries of the tests.
     *
     * @return the entries, in the test's order
     */
    static List<String> flinkClassPath() {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace(File.separatorChar, '/');
            boolean demarche = path.contains("/io/github/demarche/") || path.contains("/demarche-")
                    || path.endsWith("/target/classes") || path.endsWith("/target/test-classes")
                    || path.endsWith("/target/classes/") || path.endsWith("/target/test-classes/");
            boolean jobLibrary = path.contains("/com/fasterxml/jackson/");
            boolean testLibrary = path.contains("/org/junit/") || path.contains("/org/assertj/")
                    || path.contains("/org/opentest4j/") || path.contains("/org/apiguardian/")
                    || path.contains("/flink-test-utils") || path.contains("/org/apache/maven/surefire/")
                    || path.contains("/surefire") || path.contains("/failsafe");
            if (!entry.isEmpty() && !demarche && !jobLibrary && !testLibrary) {
                kept.add(entry);
            }
        }
        return kept;
    }

    /** What {@code flink run} ended with: its exit code and its standard output and error. */
    record FlinkRun(int exitCode, String output) {
    }

    /**
     * Runs {@code flink run -m <the cluster> <options> <jar> <arguments>} as bin/flink does: an empty
     * {@code config.yaml} in {@code FLINK_CONF_DIR}, {@link CliFrontend}'s {@code main} in a JVM of
     * {@linkplain #flinkClassPath() Flink's class path}.
     */
    private FlinkRun flinkRun(List<String> options, Path jar, String... arguments)
            throws IOException, InterruptedException {
        Configuration cluster = CLUSTER.getClientConfiguration();
        String jobManager = cluster.get(RestOptions.ADDRESS) + ":" + cluster.get(RestOptions.PORT);
        return flinkRun(List.of("-m", jobManager), options, jar, arguments);
    }

    /** Runs {@code flink run <target> <options> <jar> <arguments>}, as {@link #flinkRun(List, Path, String...)}. */
    private FlinkRun flinkRun(List<String> target, List<String> options, Path jar, String... arguments)
            throws IOException, InterruptedException {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(conf.resolve("config.yaml"), "");
        List<String> classPath = flinkClassPath();
        assertThat(classPath).as("the child's class path").anyMatch(entry -> entry.contains("flink-clients"))
                .noneMatch(entry -> entry.contains("demarche") || entry.contains("jackson-databind"));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("--add-opens")).forEach(command::add);
        command.addAll(List.of("-Xmx768m", "-cp", String.join(File.pathSeparator, classPath),
                CliFrontend.class.getName(), "run"));
        command.addAll(target);
        command.addAll(options);
        command.add(jar.toString());
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(dir, "flink-run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("FLINK_CONF_DIR", conf.toString());
        Process process = builder.start();
        boolean exited = process.waitFor(2, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        assertThat(exited).as("flink run ended within 2 minutes; its output:%n%s", output).isTrue();
        return new FlinkRun(process.exitValue(), output);
    }

    @Test
    void flink_run_on_a_local_cluster_in_its_own_jvm_gives_the_analysis() throws Exception {
        // the whole job, task managers included, in the child JVM: its class path has no Demarche, so
        // every class the job needs on any side comes from the job jar
        Path out = dir.resolve("weekly-local");
        FlinkRun run = flinkRun(List.of("-t", "local"), List.of(), file("demarche.job.jar"), "--from", "gdelt2",
                "--positions-from-events", "--output", out.toString(), file("demarche.gdelt2.sample").toString());
        assertThat(run.exitCode()).as("flink run's exit code; its output:%n%s", run.output()).isZero();
        assertThat(lines(out.resolve("results"))).as("flink run's output:%n%s", run.output())
                .containsExactlyInAnyOrderElementsOf(WeeklyAlignment.inOneJvm(gdeltPositions()));
    }

    @Test
    void flink_run_of_the_module_jar_alone_lacks_demarche(@InjectClusterClient ClusterClient<?> client)
            throws Exception {
        // the control: the child's class path has no Demarche, so the jar without its dependencies fails
        FlinkRun run = flinkRun(List.of("-c", WeeklyAlignmentJob.class.getName()), file("demarche.module.jar"),
                "--from", "gdelt2", "--output", dir.resolve("never").toString(),
                file("demarche.gdelt2.sample").toString());
        assertThat(run.exitCode()).as("flink run's exit code; its output:%n%s", run.output()).isNotZero();
        assertThat(run.output())
                .containsPattern("(NoClassDefFoundError|ClassNotFoundException):? io[./]github[./]demarche[./]");
        assertThat(client.listJobs().get()).noneMatch(job -> job.getJobState() == JobStatus.RUNNING);
    }

    @Test
    void flink_run_of_the_job_jar_gives_the_analysis_in_one_jvm(@InjectClusterClient ClusterClient<?> client)
            throws Exception {
        Path jar = file("demarche.job.jar");
        Path sample = file("demarche.gdelt2.sample");
        Path out = dir.resolve("weekly");

        FlinkRun run = flinkRun(List.of(), jar, "--from", "gdelt2", "--positions-from-events", "--output", out.toString(),
                sample.toString());
        assertThat(run.exitCode()).as("flink run's exit code; its output:%n%s", run.output()).isZero();
        assertThat(run.output()).contains("Job has been submitted with JobID");

        // the job ran on the cluster, submitted through its REST endpoint, and finished
        Collection<JobStatusMessage> jobs = client.listJobs().get();
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.getJobName()).isEqualTo("Demarche weekly alignment");
            assertThat(job.getJobState()).isEqualTo(JobStatus.FINISHED);
        });

        List<Statement> positions = gdeltPositions();
        List<String> expected = WeeklyAlignment.inOneJvm(positions);
        assertThat(expected).anyMatch(line -> line.contains("\"kind\":\"alignment\""));
        assertThat(lines(out.resolve("results"))).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);

        List<Statement> unplaced = new ArrayList<>();
        for (String line : lines(out.resolve("unplaced"))) {
            try (NdjsonReader<Statement> reader = DemarcheNdjson.create().reader(new StringReader(line), Statement.class)) {
                reader.forEachRemaining(unplaced::add);
            }
        }
        assertThat(unplaced).containsExactlyInAnyOrderElementsOf(positions.stream()
                .filter(statement -> WeeklyAlignment.weekOf(statement).isEmpty()).collect(Collectors.toList()));
        assertThat(lines(out.resolve("late"))).isEmpty();
    }

    /** The positions that {@code --positions-from-events} reads from the GDELT 2.0 sample. */
    private static List<Statement> gdeltPositions() {
        List<Statement> positions = new ArrayList<>();
        TestRecords.rows(DataFormat.GDELT2).forEach(row -> row.event().flatMap(EventPositions::position)
                .ifPresent(positions::add));
        return positions;
    }
}
