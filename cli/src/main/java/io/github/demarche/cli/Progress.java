package io.github.demarche.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * The progress line on standard error while a large input is read, when standard error is a
 * terminal: {@code export.tsv: 1,200,000 rows read}, rewritten in place at most four times a
 * second, and wiped when reading ends so that the summary stands alone.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean shown;
    private final String input;
    private final LongSupplier clock;
    private long last;
    private int width;

    Progress(PrintWriter err, boolean terminal, String input) {
        this(err, terminal, input, System::nanoTime);
    }

    /** A progress line on a clock of nanoseconds, such as a test's. */
    Progress(PrintWriter err, boolean terminal, String input, LongSupplier clock) {
        this.err = err;
        this.shown = terminal;
        this.input = Endpoints.displayName(input);
        this.clock = clock;
        this.last = clock.getAsLong();
    }

    /** Shows the number of rows read, if a quarter of a second has passed since it was last shown. */
    void rows(long rowsRead) {
        if (!shown || (rowsRead & 0xff) != 0) {
            return;
        }
        long now = clock.getAsLong();
        if (now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        String line = String.format(java.util.Locale.ROOT, "%s: %,d rows read", input, rowsRead);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Wipes the progress line, if one was shown. */
    void done() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
