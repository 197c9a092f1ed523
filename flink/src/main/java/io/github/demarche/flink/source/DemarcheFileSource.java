package io.github.demarche.flink.source;

import io.github.demarche.Statement;
import io.github.demarche.flink.typeutils.DemarcheTypeInfo;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Flink file sources of Demarche's NDJSON and of the datasets the importers read, with refused
 * rows on a side output:
 * <pre>{@code
 * SingleOutputStreamOperator<RowRecords> rows = DemarcheFileSource.rows(env, DataFormat.GDELT2,
 *         new Path("/data/gdelt/"));
 * DataStream<Statement> statements = DemarcheFileSource.statements(rows);
 * DataStream<RowProblem> refused = rows.getSideOutput(DemarcheFileSource.REFUSED_ROWS);
 * refused.map(RowProblem::toString)   // 20191024143000.export.CSV:12: column EventCode = "999": UNKNOWN_CODE: ...
 * }</pre>
 * A refused row's {@link RowProblem} is the report of the {@code demarche} command: the file, the
 * line, the column and value at fault, the code and the model's message; its {@code toString()} is
 * the line the command prints.
 *
 * @since 0.2
 */
public final class DemarcheFileSource {

    /** The side output of the refused rows of {@link #split} and {@link #rows}. */
    public static final OutputTag<RowProblem> REFUSED_ROWS =
            new OutputTag<>("demarche-refused-rows", DemarcheTypeInfo.rowProblems());

    private DemarcheFileSource() {
    }

    /**
     * Obtains a bounded file source of one dataset format: every file of the paths (a directory is
     * read with the files in it).
     *
     * @param format  the dataset format, not null
     * @param paths  the files or directories, at least one, none null
     * @return the source, not null
     * @throws NullPointerException if the format or a path is null (message {@code format} or {@code paths})
     * @throws IllegalArgumentException if no path is given
     */
    public static FileSource<SourceRow> of(DataFormat format, Path... paths) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(paths, "paths");
        if (paths.length == 0) {
            throw new IllegalArgumentException("DemarcheFileSource.paths must hold at least one path, got none");
        }
        for (Path path : paths) {
            Objects.requireNonNull(path, "paths");
        }
        return FileSource.forBulkFileFormat(DemarcheFileFormat.of(format), paths).build();
    }

    /**
     * Sends a source's rows on and its refused rows to the side output {@link #REFUSED_ROWS}.
     *
     * @param rows  what a source of {@link #of} read, not null
     * @return the rows' records, with the refused rows as side output, not null
     * @throws NullPointerException if the stream is null (message {@code rows})
     */
    public static SingleOutputStreamOperator<RowRecords> split(DataStream<SourceRow> rows) {
        Objects.requireNonNull(rows, "rows");
        return rows.process(new Split(), DemarcheTypeInfo.rowRecords()).name("demarche-split-refused-rows");
    }

    /**
     * Reads the files of one dataset format: {@link #of}, then {@link #split}, without watermarks
     * (give the records their event time downstream, as the example job does from the statements'
     * dates).
     *
     * @param env  the environment, not null
     * @param format  the dataset format, not null
     * @param paths  the files or directories, at least one, none null
     * @return the rows' records, with the refused rows as side output {@link #REFUSED_ROWS}, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no path is given
     */
    public static SingleOutputStreamOperator<RowRecords> rows(StreamExecutionEnvironment env, DataFormat format,
            Path... paths) {
        Objects.requireNonNull(env, "env");
        DataStream<SourceRow> read = env.fromSource(of(format, paths), WatermarkStrategy.noWatermarks(),
                "demarche-" + format.cliName() + "-files", DemarcheTypeInfo.sourceRows());
        return split(read);
    }

    /**
     * Gets the statements of rows; events, reports and documents are left out.
     *
     * @param rows  the rows, not null
     * @return the statements, not null
     * @throws NullPointerException if the stream is null (message {@code rows})
     */
    public static SingleOutputStreamOperator<Statement> statements(DataStream<RowRecords> rows) {
        Objects.requireNonNull(rows, "rows");
        return rows.flatMap(new StatementsOf(), DemarcheTypeInfo.statements()).name("demarche-statements");
    }

    /** Sends records on and problems aside. */
    private static final class Split extends ProcessFunction<SourceRow, RowRecords> {

        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(SourceRow row, Context context, Collector<RowRecords> out) {
            if (row.records().isPresent()) {
                out.collect(row.records().get());
            } else {
                context.output(REFUSED_ROWS, row.problem().orElseThrow());
            }
        }
    }

    /** A row's statement, if it is one. */
    private static final class StatementsOf
            implements org.apache.flink.api.common.functions.FlatMapFunction<RowRecords, Statement> {

        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(RowRecords row, Collector<Statement> out) {
            row.statement().ifPresent(out::collect);
        }
    }
}
