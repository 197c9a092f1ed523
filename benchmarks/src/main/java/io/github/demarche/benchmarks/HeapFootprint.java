package io.github.demarche.benchmarks;

import io.github.demarche.Statement;
import io.github.demarche.benchmarks.PlainRecords.StatementRecord;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Benchmark 5: retained heap per statement, model against plain records, measured with JOL as the
 * total size of the object graph reachable from a list of statements, divided by their number.
 * Measured without reuse (every actor mention its own copy) and with reuse (each distinct actor
 * and source built once), on both sides.
 */
public final class HeapFootprint {

    /** One measured pair. */
    static final class Result {
        final boolean reuse;
        final double modelBytes;
        final double recordBytes;

        Result(boolean reuse, double modelBytes, double recordBytes) {
            this.reuse = reuse;
            this.modelBytes = modelBytes;
            this.recordBytes = recordBytes;
        }

        double ratio() {
            return modelBytes / recordBytes;
        }
    }

    static {
        // JOL needs this to read the field offsets of records on current JDKs
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private HeapFootprint() {
    }

    /**
     * Measures the footprint of {@code count} generated statements.
     *
     * @param count  how many statements
     * @param reuse  whether identical actors are shared
     * @return the bytes per statement of both sides
     */
    static Result measure(int count, boolean reuse) {
        List<StatementRecord> input = new Dataset(42).statements(count);
        List<Statement> model = new ModelMapping(reuse).statements(input);
        List<StatementRecord> records = new RecordCopies(reuse).statements(input);
        double modelBytes = GraphLayout.parseInstance(model).totalSize() / (double) count;
        double recordBytes = GraphLayout.parseInstance(records).totalSize() / (double) count;
        return new Result(reuse, modelBytes, recordBytes);
    }

    /**
     * Prints the footprint table.
     *
     * @param out  where to print
     * @param count  how many statements to measure
     */
    static void print(PrintStream out, int count) {
        out.printf(Locale.ROOT, "%-42s %12s %12s %16s%n", "retained heap per statement (JOL, " + count + ")",
                "model B", "records B", "ratio (target)");
        for (boolean reuse : new boolean[] {false, true}) {
            Result result = measure(count, reuse);
            out.printf(Locale.ROOT, "%-42s %12.1f %12.1f %7.2fx (≤ 1.2)%n",
                    reuse ? "  actors reused" : "  actors not reused", result.modelBytes, result.recordBytes,
                    result.ratio());
        }
    }

    /**
     * Prints the footprint of 10,000 statements.
     *
     * @param args  optionally, the number of statements
     */
    public static void main(String[] args) {
        print(System.out, args.length > 0 ? Integer.parseInt(args[0]) : 10_000);
    }
}
