package io.github.demarche.flink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Statement;
import io.github.demarche.flink.TestRecords;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
 * <p>So the front end builds a {@code PackagedProgram} from the shaded jar (its manifest names the main
 * class), loads it in a child-first user-code class loader, runs its {@code main} in attached mode
 * with the remote executor, and submits the job graph with the jar through the REST API; the
 * cluster's task manager loads the job's classes (Demarche, Jackson) from that jar again, as a
 * standalone cluster would. The test proves that the jar's manifest, main class and the README's
 * arguments work through {@code flink run}, that the job is submitted over REST and finishes on the
 * cluster, and that its committed output is the single-JVM analysis, as {@link WeeklyAlignmentJobTest}
 * checks for the job built in-process. It does not prove the jar complete: the test's class path holds
 * Demarche and Jackson too (for the expectation), and a class missing from the jar would be found
 * there, behind the jar's own classes, which the child-first class loaders take first.
 *
 * <p>The JVM opens the {@code java.base} packages that a Flink distribution opens for {@code bin/flink}
 * (without {@code java.util} open, the client cannot build the job graph).
 *
 * <p>An integration test (Maven Failsafe, after {@code package}): the system property
 * {@code demarche.job.jar} names the job jar, {@code demarche.gdelt2.sample} the sample file.
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

    @Test
    void flink_run_of_the_job_jar_gives_the_analysis_in_one_jvm(@InjectClusterClient ClusterClient<?> client)
            throws Exception {
        Path jar = file("demarche.job.jar");
        Path sample = file("demarche.gdelt2.sample");
        Path out = dir.resolve("weekly");
        Configuration cluster = CLUSTER.getClientConfiguration();
        String jobManager = cluster.get(RestOptions.ADDRESS) + ":" + cluster.get(RestOptions.PORT);

        // as bin/flink: the configuration (here an empty config.yaml) and the command lines it loads
        Configuration configuration = new Configuration();
        CliFrontend flink = new CliFrontend(configuration,
                CliFrontend.loadCustomCommandLines(configuration, dir.toString()));
        int exitCode = flink.parseAndRun(new String[] {
            "run", "-m", jobManager, jar.toString(),
            "--from", "gdelt2", "--positions-from-events", "--output", out.toString(), sample.toString()});
        assertThat(exitCode).as("flink run's exit code (its error is on standard error)").isZero();

        // the job ran on the cluster, submitted through its REST endpoint, and finished
        Collection<JobStatusMessage> jobs = client.listJobs().get();
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.getJobName()).isEqualTo("Demarche weekly alignment");
            assertThat(job.getJobState()).isEqualTo(JobStatus.FINISHED);
        });

        List<Statement> positions = new ArrayList<>();
        TestRecords.rows(DataFormat.GDELT2).forEach(row -> row.event().flatMap(EventPositions::position)
                .ifPresent(positions::add));
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
}
