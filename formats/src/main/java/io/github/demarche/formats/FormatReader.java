package io.github.demarche.formats;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the rows of a dataset into model records, one row at a time, in constant memory whatever
 * the size of the input. Obtained from {@link Formats#reader}, and closed by the caller, which
 * closes the stream it reads:
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults().withInput("export.CSV").withErrorMode(ErrorMode.COLLECT);
 * try (FormatReader reader = Formats.reader(DataFormat.GDELT2, Files.newInputStream(file), options)) {
 *     RowRecords row;
 *     while ((row = reader.read()) != null) {
 *         row.event().ifPresent(events::add);
 *     }
 *     reader.problems().forEach(problem -> log.warn("{}", problem));
 *     // reader.rowsRead() == reader.rowsAccepted() + reader.rowsRefused()
 * }
 * }</pre>
 * Three ways to read: {@link #read()}, which throws checked exceptions; the {@link Iterator}
 * methods; and {@link #stream()}, whose closing closes the reader. The iterator and the stream
 * report an exception as an {@link UncheckedIOException} whose cause is the {@link RowException}
 * (or the {@code IOException} of the input).
 *
 * <p><b>Refused rows.</b> A row that cannot be read (wrong number of fields, a date that is not a
 * date, an unknown code, a record that the model's rules refuse) is never dropped silently. In
 * {@linkplain ErrorMode#FAIL_FAST fail-fast} mode, {@link #read()} throws its {@link RowException};
 * reading may go on with the next row. In {@linkplain ErrorMode#COLLECT collect} mode, the reader
 * keeps a {@link RowProblem} (the first {@linkplain ReadOptions#maxProblems() 1,000}; it counts the
 * others) and goes on. Either way, {@link #rowsRead()} counts every row seen, and is the sum of
 * {@link #rowsAccepted()} and {@link #rowsRefused()}.
 *
 * <p>A reader is not thread-safe.
 *
 * @since 0.2
 */
public abstract class FormatReader implements Iterator<RowRecords>, Closeable {

    private final ReadOptions options;
    private final List<RowProblem> problems = new ArrayList<>();
    private final EnumMap<ProblemCode, Long> problemCounts = new EnumMap<>(ProblemCode.class);
    private long rowsRead;
    private long rowsRefused;
    private long recordsRead;
    private RowRecords next;
    private boolean ended;

    /**
     * Creates a reader.
     *
     * @param options  the options, not null
     */
    protected FormatReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads the next row of the input, with the line where it begins. A format reader gives each
     * row it meets once: a row, a {@link RowException} for a row it refuses, or null at the end.
     *
     * @return the row's records, or null at the end of the input
     * @throws RowException if the row is refused; the reader goes on with the next row
     * @throws IOException if the input cannot be read, or is broken beyond the row
     */
    protected abstract RowRecords readRow() throws IOException;

    /**
     * Gets the options.
     *
     * @return the options, not null
     */
    public final ReadOptions options() {
        return options;
    }

    /**
     * Reads the next accepted row. In collect mode, refused rows before it are kept as problems.
     *
     * @return the row's records, or null at the end of the input
     * @throws RowException in fail-fast mode, for a refused row
     * @throws IOException if the input cannot be read
     */
    public final RowRecords read() throws IOException {
        if (next != null) {
            RowRecords row = next;
            next = null;
            return row;
        }
        while (!ended) {
            RowRecords row;
            try {
                row = readRow();
            } catch (RowException e) {
                refused(e.problem());
                if (options.errorMode() == ErrorMode.FAIL_FAST) {
                    throw e;
                }
                continue;
            }
            if (row == null) {
                ended = true;
                return null;
            }
            rowsRead++;
            recordsRead += row.recordCount();
            return row;
        }
        return null;
    }

    private void refused(RowProblem problem) {
        rowsRead++;
        rowsRefused++;
        problemCounts.merge(problem.code(), 1L, Long::sum);
        if (problems.size() < options.maxProblems()) {
            problems.add(problem);
        }
    }

    /**
     * Tells whether another accepted row follows.
     *
     * @return true if {@link #next()} gives a row
     * @throws UncheckedIOException if reading fails; its cause is the {@code IOException}
     */
    @Override
    public final boolean hasNext() {
        if (next == null) {
            try {
                next = read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return next != null;
    }

    /**
     * Gets the next accepted row.
     *
     * @return the row, not null
     * @throws NoSuchElementException at the end of the input
     * @throws UncheckedIOException if reading fails; its cause is the {@code IOException}
     */
    @Override
    public final RowRecords next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows in " + options.input());
        }
        RowRecords row = next;
        next = null;
        return row;
    }

    /**
     * Gets the accepted rows as a sequential stream; closing the stream closes the reader.
     *
     * @return the stream, not null
     */
    public final Stream<RowRecords> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Gets the problems kept so far (collect mode and fail-fast alike), in the order of the input.
     *
     * @return the problems, at most {@link ReadOptions#maxProblems()}, not null
     */
    public final List<RowProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Gets the number of refused rows by the code of their problem, kept or not.
     *
     * @return the counts, in the order of {@link ProblemCode}, not null
     */
    public final Map<ProblemCode, Long> problemCounts() {
        return Collections.unmodifiableMap(new EnumMap<>(problemCounts));
    }

    /**
     * Gets the number of rows seen so far, accepted or refused.
     *
     * @return the number, at least 0
     */
    public final long rowsRead() {
        return rowsRead;
    }

    /**
     * Gets the number of rows refused so far.
     *
     * @return the number, at least 0
     */
    public final long rowsRefused() {
        return rowsRefused;
    }

    /**
     * Gets the number of rows accepted so far.
     *
     * @return the number, {@link #rowsRead()} less {@link #rowsRefused()}
     */
    public final long rowsAccepted() {
        return rowsRead - rowsRefused;
    }

    /**
     * Gets the number of model records of the accepted rows so far.
     *
     * @return the number, at least 0
     */
    public final long recordsRead() {
        return recordsRead;
    }

    /**
     * Makes the problem of a row that is refused, naming this reader's input.
     *
     * @param line  the line where the row begins
     * @param column  the column at fault, or null
     * @param value  the cell at fault, or null
     * @param code  the code, not null
     * @param message  the message, not null
     * @return the exception to throw from {@link #readRow()}, not null
     */
    protected final RowException refuse(long line, String column, String value, ProblemCode code, String message) {
        return new RowException(RowProblem.of(options.input(), line, column, value, code, message));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + options.input() + ", " + rowsRead + " rows read, " + rowsRefused
                + " refused]";
    }
}
