package io.github.demarche.benchmarks;

import io.github.demarche.Statement;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonReader;
import io.github.demarche.jackson.NdjsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * Reading a megabyte of bad NDJSON lines in collect mode, against a megabyte of valid statements
 * in the same run ({@code shape=valid}, the baseline): what a file of garbage costs. The bad shapes
 * are those a wrong file gives: 333,334 lines of {@code []} (JSON, not an object), 500,000 lines of
 * {@code x} (not JSON), and 1 MiB of 0xFF bytes without a line break (not UTF-8). Run with
 * {@code -prof gc} for the allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BadNdjsonBenchmark {

    private static final int MEGABYTE = 1 << 20;

    /** What the megabyte holds: {@code valid} statements, or lines of one bad shape. */
    @Param({"valid", "array", "x", "bytesFF"})
    public String shape;

    private final DemarcheNdjson ndjson = DemarcheNdjson.create().withErrorMode(DemarcheNdjson.ErrorMode.COLLECT);
    private byte[] bytes;

    /** Generates the megabyte once per trial. */
    @Setup
    public void generate() {
        bytes = bytes(shape);
    }

    static byte[] bytes(String shape) {
        switch (shape) {
            case "valid":
                return valid();
            case "array":
                return "[]\n".repeat(333_334).getBytes(StandardCharsets.UTF_8);
            case "x":
                return "x\n".repeat(500_000).getBytes(StandardCharsets.UTF_8);
            case "bytesFF":
                byte[] ff = new byte[MEGABYTE];
                Arrays.fill(ff, (byte) 0xFF);
                return ff;
            default:
                throw new IllegalArgumentException("BadNdjsonBenchmark.shape must be valid, array, x or bytesFF, got "
                        + shape);
        }
    }

    /** About a megabyte of statements, as the NDJSON writer writes them. */
    private static byte[] valid() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(MEGABYTE + 4096);
        JsonLines lines = new JsonLines(2000);
        try (NdjsonWriter<Statement> writer = DemarcheNdjson.create().writer(out, Statement.class)) {
            for (Statement statement : lines.statements) {
                writer.write(statement);
                if (out.size() >= MEGABYTE) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads the megabyte in collect mode.
     *
     * @param blackhole  consumes the records and the count of problems
     * @throws IOException never: the bytes are in memory
     */
    @Benchmark
    public void readCollecting(Blackhole blackhole) throws IOException {
        try (NdjsonReader<Statement> reader = ndjson.reader(new ByteArrayInputStream(bytes), Statement.class)) {
            for (Statement statement = reader.read(); statement != null; statement = reader.read()) {
                blackhole.consume(statement);
            }
            blackhole.consume(reader.problemCount());
            blackhole.consume(reader.problems());
        }
    }
}
