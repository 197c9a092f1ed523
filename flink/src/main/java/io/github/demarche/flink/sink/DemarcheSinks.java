package io.github.demarche.flink.sink;

import java.util.Objects;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.core.fs.Path;

/**
 * Flink file sinks of Demarche records as NDJSON, and of lines of text (such as refused rows'
 * reports or the example job's results). The part files are written in the directory itself (no
 * bucket per hour), named {@code part-<uid>-<n><suffix>}. With checkpointing on, a {@link FileSink} commits its
 * part files when a checkpoint completes: after a failure and restart, the output holds each
 * record once (exactly once). A bounded job commits the last files at its end.
 * <pre>{@code
 * statements.sinkTo(DemarcheSinks.ndjson(new Path("out/statements")));
 * refused.map(RowProblem::toString).sinkTo(DemarcheSinks.lines(new Path("out/refused"), ".txt"));
 * }</pre>
 *
 * @since 0.2
 */
public final class DemarcheSinks {

    private DemarcheSinks() {
    }

    /**
     * Obtains a sink of records as Demarche NDJSON in part files under a directory.
     *
     * @param <T>  the record type
     * @param directory  the directory, not null
     * @return the sink, not null
     * @throws NullPointerException if the directory is null (message {@code directory})
     */
    public static <T> FileSink<T> ndjson(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return FileSink.forRowFormat(directory, new NdjsonEncoder<T>()).withBucketAssigner(new BasePathBucketAssigner<>())
                .withOutputFileConfig(OutputFileConfig.builder().withPartSuffix(".ndjson").build()).build();
    }

    /**
     * Obtains a sink of lines of text, in UTF-8, in part files under a directory.
     *
     * @param directory  the directory, not null
     * @param partSuffix  the end of the part files' names, such as {@code .jsonl} or {@code .txt}, not null
     * @return the sink, not null
     * @throws NullPointerException if an argument is null (message {@code directory} or {@code partSuffix})
     */
    public static FileSink<String> lines(Path directory, String partSuffix) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(partSuffix, "partSuffix");
        return FileSink.forRowFormat(directory, new SimpleStringEncoder<String>("UTF-8"))
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withOutputFileConfig(OutputFileConfig.builder().withPartSuffix(partSuffix).build()).build();
    }
}
