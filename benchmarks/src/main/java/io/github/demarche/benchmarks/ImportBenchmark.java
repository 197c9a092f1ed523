package io.github.demarche.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.TableRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Importing dataset rows into validated model records ({@code importRows}: {@link Formats#reader},
 * every row mapped, every record built and checked), against parsing the same bytes into
 * {@code String[]} rows with jackson-dataformat-csv alone ({@code parseRows}, the floor: the
 * tab-separated schema with no quoting). 10,000 rows of GDELT 2.0 or ICEWS, the real rows of the
 * samples repeated with fresh ids ({@link SampleRows}). Issue #10 asks for {@code importRows} at most
 * 3 times {@code parseRows}. The importers split tab-separated rows by hand ({@code splitRows}, the
 * same rows from the same bytes), which is what the library's parse cost them beyond its strings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {

    static final int ROWS = 10_000;

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    private static final CsvSchema TSV = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()
            .withoutEscapeChar();

    /** The dataset: {@code gdelt2} or {@code icews}. */
    @Param({"gdelt2", "icews"})
    public String format;

    private byte[] bytes;
    private DataFormat dataFormat;

    /** Generates the rows once per trial. */
    @Setup
    public void generate() {
        dataFormat = DataFormat.ofCliName(format);
        bytes = rows(dataFormat).bytes(ROWS);
    }

    static SampleRows rows(DataFormat format) {
        switch (format) {
            case GDELT2:
                return new SampleRows(SampleRows.GDELT2, false, SampleRows.GDELT2_ARTICLE);
            case ICEWS:
                return new SampleRows(SampleRows.ICEWS, true, SampleRows.ICEWS_ARTICLE);
            default:
                throw new IllegalArgumentException("ImportBenchmark.format must be gdelt2 or icews, got " + format);
        }
    }

    /**
     * Reads the rows into validated records.
     *
     * @param blackhole  consumes the rows
     * @return the number of rows read
     * @throws IOException if a row is refused: none is
     */
    @Benchmark
    public long importRows(Blackhole blackhole) throws IOException {
        try (FormatReader reader = Formats.reader(dataFormat, new ByteArrayInputStream(bytes), ReadOptions.defaults())) {
            for (RowRecords row; (row = reader.read()) != null; ) {
                blackhole.consume(row);
            }
            return reader.rowsRead();
        }
    }

    /**
     * Splits the rows into {@code String[]} as the importers do, by hand.
     *
     * @param blackhole  consumes the rows
     * @return the number of rows split, the header included
     * @throws IOException never: the bytes are in memory
     */
    @Benchmark
    public long splitRows(Blackhole blackhole) throws IOException {
        long count = 0;
        try (TableRows rows = TableRows.tsv(new ByteArrayInputStream(bytes))) {
            for (String[] row; (row = rows.next()) != null; ) {
                blackhole.consume(row);
                count++;
            }
        }
        return count;
    }

    /**
     * Parses the rows into {@code String[]} with the CSV library alone.
     *
     * @param blackhole  consumes the rows
     * @return the number of rows parsed, the header included
     * @throws IOException never: the bytes are in memory
     */
    @Benchmark
    public long parseRows(Blackhole blackhole) throws IOException {
        long count = 0;
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(TSV)
                .readValues(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            while (rows.hasNextValue()) {
                blackhole.consume(rows.nextValue());
                count++;
            }
        }
        return count;
    }
}
