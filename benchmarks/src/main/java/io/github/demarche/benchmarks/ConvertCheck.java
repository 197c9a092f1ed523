package io.github.demarche.benchmarks;

import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowRecords;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The conversion check of issue #10: a GDELT 2.0 file of 1,000,000 rows (the real rows of the
 * sample repeated with fresh ids, {@link SampleRows}) converted to Demarche's NDJSON and back to
 * GDELT 2.0 with {@link Formats}, every row validated on the way in both directions, under a small
 * heap; reports the throughput of each leg and the peak heap, and checks that the file written back
 * is byte for byte the one read.
 *
 * <p>Run it with {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar
 * io.github.demarche.benchmarks.ConvertCheck [rows] [directory]}; {@code benchmarks/run.sh} does.
 * The files are written to a new temporary directory (or the one given) and deleted at the end.
 */
public final class ConvertCheck {

    private final PrintStream out;

    private ConvertCheck(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the check.
     *
     * @param args  optionally, the number of rows (default 1,000,000) and a directory for the files
     * @throws IOException if a file cannot be written or read, or a row is refused
     */
    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        Path directory = args.length > 1 ? Files.createDirectories(Path.of(args[1]))
                : Files.createTempDirectory("demarche-convert");
        Path gdelt = directory.resolve("export.CSV");
        Path ndjson = directory.resolve("export.ndjson");
        Path back = directory.resolve("export-back.CSV");
        try {
            new ConvertCheck(System.out).run(rows, gdelt, ndjson, back);
        } finally {
            Files.deleteIfExists(gdelt);
            Files.deleteIfExists(ndjson);
            Files.deleteIfExists(back);
            if (args.length <= 1) {
                Files.deleteIfExists(directory);
            }
        }
    }

    private void run(long rows, Path gdelt, Path ndjson, Path back) throws IOException {
        out.printf(Locale.ROOT, "conversion check: %,d GDELT 2.0 rows, max heap %d MB (%s)%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, String.join(" ",
                        ManagementFactory.getRuntimeMXBean().getInputArguments()));
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(gdelt))) {
            new SampleRows(SampleRows.GDELT2, false, SampleRows.GDELT2_ARTICLE).write(rows, file);
        }
        convert(DataFormat.GDELT2, gdelt, DataFormat.NDJSON, ndjson, rows);
        convert(DataFormat.NDJSON, ndjson, DataFormat.GDELT2, back, rows);
        check(Files.mismatch(gdelt, back) == -1, "the GDELT file written back differs from the one read");
        out.printf(Locale.ROOT, "  written back identical to the file: yes; peak heap used %d MB%n", StreamingCheck.peakHeap() >> 20);
    }

    private void convert(DataFormat from, Path input, DataFormat to, Path output, long rows) throws IOException {
        long start = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input));
                FormatReader reader = Formats.reader(from, in, ReadOptions.defaults().withInput(input.toString()));
                OutputStream file = new BufferedOutputStream(Files.newOutputStream(output));
                FormatWriter writer = Formats.writer(to, file)) {
            for (RowRecords row; (row = reader.read()) != null; ) {
                writer.write(row);
            }
            check(reader.rowsRead() == rows && writer.rowsWritten() == rows,
                    "read " + reader.rowsRead() + " rows and wrote " + writer.rowsWritten() + ", not " + rows);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "  %-18s %8.2f s %,12.0f rows/s %8.1f MB/s read%n", from + " -> " + to, seconds,
                rows / seconds, Files.size(input) / 1e6 / seconds);
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("conversion check failed: " + failure);
        }
    }
}
