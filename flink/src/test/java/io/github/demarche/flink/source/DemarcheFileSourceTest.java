package io.github.demarche.flink.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Statement;
import io.github.demarche.flink.DemarcheFlink;
import io.github.demarche.flink.TestRecords;
import io.github.demarche.flink.sink.DemarcheSinks;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.Path;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DemarcheFileSourceTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @TempDir
    java.nio.file.Path dir;

    private static StreamExecutionEnvironment environment() {
        Configuration configuration = new Configuration();
        configuration.set(PipelineOptions.GENERIC_TYPES, false);
        // a failure fails the test, rather than restarting the job without end
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration);
        DemarcheFlink.register(env);
        env.setParallelism(2);
        return env;
    }

    private java.nio.file.Path copy(DataFormat format, String name) throws IOException {
        java.nio.file.Path file = dir.resolve(format.cliName()).resolve(name);
        Files.createDirectories(file.getParent());
        try (InputStream in = TestRecords.class.getResourceAsStream(TestRecords.SAMPLES.get(format));
                OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file))
                        : zipOrPlain(file, name)) {
            in.transferTo(out);
        }
        return file;
    }

    private static OutputStream zipOrPlain(java.nio.file.Path file, String name) throws IOException {
        if (!name.endsWith(".zip")) {
            return Files.newOutputStream(file);
        }
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
        zip.putNextEntry(new ZipEntry(name.substring(0, name.length() - 4)));
        return zip;
    }

    /** What the importer gives in one JVM: the rows and the problems, the input named as Flink names the file. */
    private static List<Object> readInOneJvm(DataFormat format, java.nio.file.Path file, String input) throws IOException {
        List<Object> read = new ArrayList<>();
        try (InputStream in = DemarcheFileFormat.open(new Path(file.toUri()));
                FormatReader reader = Formats.reader(format, in,
                        ReadOptions.defaults().withInput(input).withErrorMode(ErrorMode.COLLECT))) {
            for (RowRecords row; (row = reader.read()) != null; ) {
                read.add(row);
            }
            read.addAll(reader.problems());
        }
        return read;
    }

    @Test
    void every_format_gives_the_rows_and_problems_the_importer_gives() throws Exception {
        StreamExecutionEnvironment env = environment();
        Map<DataFormat, String> names = Map.of(DataFormat.GDELT1, "gdelt1.tsv", DataFormat.GDELT2,
                "20191024143000.export.CSV.zip", DataFormat.ICEWS, "icews.tab.gz", DataFormat.UCDP_GED,
                "ucdp-ged-BGD.hdx.csv", DataFormat.PLOVER, "plover.json");
        List<Object> expected = new ArrayList<>();
        DataStream<RowRecords> records = null;
        DataStream<RowProblem> problems = null;
        for (DataFormat format : TestRecords.SAMPLES.keySet()) {
            java.nio.file.Path file = copy(format, names.get(format));
            Path path = new Path(file.toUri());
            expected.addAll(readInOneJvm(format, file, path.toString()));
            SingleOutputStreamOperator<RowRecords> rows = DemarcheFileSource.rows(env, format, path);
            records = records == null ? rows : records.union(rows);
            DataStream<RowProblem> refused = rows.getSideOutput(DemarcheFileSource.REFUSED_ROWS);
            problems = problems == null ? refused : problems.union(refused);
        }
        CloseableIterator<RowRecords> readRows = records.collectAsync();
        CloseableIterator<RowProblem> readProblems = problems.collectAsync();
        env.execute("every format");
        List<Object> read = new ArrayList<>();
        readRows.forEachRemaining(read::add);
        readProblems.forEachRemaining(read::add);
        readRows.close();
        readProblems.close();

        assertThat(read).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        List<RowProblem> refused = read.stream().filter(RowProblem.class::isInstance).map(RowProblem.class::cast)
                .collect(Collectors.toList());
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).toString()).isEqualTo(new Path(dir.resolve("ucdp-ged").resolve(
                "ucdp-ged-BGD.hdx.csv").toUri()) + ":64: column high = \"0\": MODEL_RULE: "
                + "QualifiedCount.bounds must satisfy low <= best <= high, got low=0, best=3, high=0");
    }

    @Test
    void ndjson_written_by_the_sink_reads_back_as_the_same_statements_and_bad_lines_are_refused() throws Exception {
        List<Statement> statements = TestRecords.statements();
        java.nio.file.Path out = dir.resolve("out");
        StreamExecutionEnvironment env = environment();
        env.enableCheckpointing(500, CheckpointingMode.EXACTLY_ONCE);
        env.fromData(statements).sinkTo(DemarcheSinks.ndjson(new Path(out.toUri())));
        env.execute("write");

        List<java.nio.file.Path> parts;
        try (Stream<java.nio.file.Path> files = Files.walk(out)) {
            parts = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        assertThat(parts).isNotEmpty().allMatch(part -> part.getFileName().toString().startsWith("part-"));
        List<Statement> written = new ArrayList<>();
        for (java.nio.file.Path part : parts) {
            try (NdjsonReader<Statement> reader = DemarcheNdjson.create().reader(part, Statement.class)) {
                reader.forEachRemaining(written::add);
            }
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(statements);

        // the same files, with a broken line, read by the NDJSON source
        java.nio.file.Path broken = dir.resolve("in").resolve("broken.ndjson");
        Files.createDirectories(broken.getParent());
        String good = Files.readString(parts.get(0), StandardCharsets.UTF_8);
        Files.writeString(broken, "{\"statement\":{\"id\":\"Not An Id\"}}\n" + good, StandardCharsets.UTF_8);
        StreamExecutionEnvironment again = environment();
        SingleOutputStreamOperator<RowRecords> rows = DemarcheFileSource.rows(again, DataFormat.NDJSON,
                new Path(broken.toUri()));
        CloseableIterator<Statement> read = DemarcheFileSource.statements(rows).collectAsync();
        CloseableIterator<RowProblem> refused = rows.getSideOutput(DemarcheFileSource.REFUSED_ROWS).collectAsync();
        again.execute("read");
        List<Statement> readStatements = new ArrayList<>();
        read.forEachRemaining(readStatements::add);
        List<RowProblem> problems = new ArrayList<>();
        refused.forEachRemaining(problems::add);
        read.close();
        refused.close();
        assertThat(readStatements).hasSize((int) good.lines().count());
        List<Object> inOneJvm = readInOneJvm(DataFormat.NDJSON, broken, new Path(broken.toUri()).toString());
        assertThat(problems).hasSize(1).isEqualTo(inOneJvm.subList(inOneJvm.size() - 1, inOneJvm.size()));
        assertThat(problems.get(0).line()).isEqualTo(1);
        assertThat(problems.get(0).code()).isEqualTo(ProblemCode.MODEL_RULE);
    }

    @Test
    void refuses_bad_arguments() {
        assertThatThrownBy(() -> DemarcheFileSource.of(DataFormat.GDELT2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DemarcheFileSource.paths must hold at least one path, got none");
        assertThatThrownBy(() -> DemarcheFileSource.of(null, new Path("x")))
                .isInstanceOf(NullPointerException.class).hasMessage("format");
        assertThatThrownBy(() -> DemarcheFileSource.of(DataFormat.GDELT2, (Path) null))
                .isInstanceOf(NullPointerException.class).hasMessage("paths");
        assertThatThrownBy(() -> DemarcheFileFormat.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("format");
    }
}
