package io.github.demarche.benchmarks;

import io.github.demarche.Statement;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonReader;
import io.github.demarche.jackson.NdjsonWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The streaming check: generates an NDJSON file of 1,000,000 statements with the module's
 * {@link NdjsonWriter}, then streams it through the {@link NdjsonReader} (every statement
 * validated) and through the reader and a writer together (read a statement, write it to a second
 * file), under a small heap, and reports the throughput and the peak heap. The copy must be byte for
 * byte the file: the module writes canonical JSON.
 *
 * <p>Run it with {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar
 * io.github.demarche.benchmarks.StreamingCheck [statements] [directory]}; {@code benchmarks/run.sh}
 * does. The files are written to a new temporary directory (or the one given) and deleted at the
 * end.
 */
public final class StreamingCheck {

    private final DemarcheNdjson ndjson = DemarcheNdjson.create();
    private final PrintStream out;

    private StreamingCheck(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the check.
     *
     * @param args  optionally, the number of statements (default 1,000,000) and a directory for the files
     * @throws IOException if a file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path directory = args.length > 1 ? Files.createDirectories(Path.of(args[1]))
                : Files.createTempDirectory("demarche-streaming");
        Path file = directory.resolve("statements.ndjson");
        Path copy = directory.resolve("statements-copy.ndjson");
        try {
            new StreamingCheck(System.out).run(count, file, copy);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(copy);
            if (args.length <= 1) {
                Files.deleteIfExists(directory);
            }
        }
    }

    private void run(int count, Path file, Path copy) throws IOException {
        out.printf(Locale.ROOT, "streaming check: %,d statements, max heap %d MB (%s)%n", count,
                Runtime.getRuntime().maxMemory() >> 20, String.join(" ",
                        ManagementFactory.getRuntimeMXBean().getInputArguments()));
        long start = System.nanoTime();
        try (NdjsonWriter<Statement> writer = ndjson.writer(file, Statement.class)) {
            ModelMapping mapping = new ModelMapping(true);
            new Dataset(42).statements(count, record -> write(writer, mapping.statement(record)));
        }
        report("generate, build and write", count, Files.size(file), System.nanoTime() - start);

        start = System.nanoTime();
        long stances = 0;
        int read = 0;
        try (NdjsonReader<Statement> reader = ndjson.reader(file, Statement.class)) {
            for (Statement statement; (statement = reader.read()) != null; ) {
                stances += statement.stances().size();
                read++;
            }
        }
        check(read == count, "read " + read + " statements, wrote " + count);
        report("read (validated)", read, Files.size(file), System.nanoTime() - start);

        start = System.nanoTime();
        int copied = 0;
        try (NdjsonReader<Statement> reader = ndjson.reader(file, Statement.class);
                NdjsonWriter<Statement> writer = ndjson.writer(copy, Statement.class)) {
            for (Statement statement; (statement = reader.read()) != null; ) {
                writer.write(statement);
                copied++;
            }
        }
        report("read and write", copied, Files.size(file), System.nanoTime() - start);
        check(Files.mismatch(file, copy) == -1, "the copy differs from the file");
        out.printf(Locale.ROOT, "  copy identical to the file: yes; %,d stances read; peak heap used %d MB%n", stances,
                peakHeap() >> 20);
    }

    private static void write(NdjsonWriter<Statement> writer, Statement statement) {
        try {
            writer.write(statement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void report(String what, int statements, long bytes, long nanos) {
        double seconds = nanos / 1e9;
        out.printf(Locale.ROOT, "  %-28s %8.2f s %,12.0f statements/s %8.1f MB/s%n", what, seconds,
                statements / seconds, bytes / 1e6 / seconds);
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("streaming check failed: " + failure);
        }
    }

    /** The sum of the peak usage of the heap's memory pools: an upper bound of the peak heap used. */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
