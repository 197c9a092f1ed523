package io.github.demarche.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.demarche.Statement;
import io.github.demarche.jackson.DemarcheJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The streaming check: generates an NDJSON file of 1,000,000 statements, then streams it through
 * the reader (every statement validated) and through the reader and the writer together (read a
 * statement, write it to a second file), under a small heap, and reports the throughput and the
 * peak heap. The copy must be byte for byte the file: the module writes canonical JSON.
 *
 * <p>Run it with {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar
 * io.github.demarche.benchmarks.StreamingCheck [statements] [directory]}; {@code benchmarks/run.sh}
 * does. The files are written to a new temporary directory (or the one given) and deleted at the
 * end.
 *
 * <p>It streams with Jackson's own {@link MappingIterator} and {@link SequenceWriter} over
 * {@code DemarcheJson.newObjectMapper()}: one statement in memory at a time, whatever the size of
 * the file.
 */
public final class StreamingCheck {

    private final ObjectMapper mapper = DemarcheJson.newObjectMapper();
    private final ObjectReader reader = mapper.readerFor(Statement.class);
    private final ObjectWriter writer = mapper.writerFor(Statement.class).withRootValueSeparator("\n")
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
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
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                SequenceWriter sequence = writer.writeValues(stream)) {
            ModelMapping mapping = new ModelMapping(true);
            new Dataset(42).statements(count, record -> write(sequence, mapping.statement(record)));
            sequence.flush();
            stream.write('\n');
        }
        report("generate, build and write", count, Files.size(file), System.nanoTime() - start);

        start = System.nanoTime();
        long stances = 0;
        int read = 0;
        try (InputStream stream = Files.newInputStream(file);
                MappingIterator<Statement> statements = reader.readValues(stream)) {
            while (statements.hasNextValue()) {
                stances += statements.nextValue().stances().size();
                read++;
            }
        }
        check(read == count, "read " + read + " statements, wrote " + count);
        report("read (validated)", read, Files.size(file), System.nanoTime() - start);

        start = System.nanoTime();
        int copied = 0;
        try (InputStream in = Files.newInputStream(file);
                MappingIterator<Statement> statements = reader.readValues(in);
                OutputStream stream = new BufferedOutputStream(Files.newOutputStream(copy), 1 << 16);
                SequenceWriter sequence = writer.writeValues(stream)) {
            while (statements.hasNextValue()) {
                sequence.write(statements.nextValue());
                copied++;
            }
            sequence.flush();
            stream.write('\n');
        }
        report("read and write", copied, Files.size(file), System.nanoTime() - start);
        check(Files.mismatch(file, copy) == -1, "the copy differs from the file");
        out.printf(Locale.ROOT, "  copy identical to the file: yes; %,d stances read; peak heap used %d MB%n", stances,
                peakHeap() >> 20);
    }

    private static void write(SequenceWriter sequence, Statement statement) {
        try {
            sequence.write(statement);
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
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
