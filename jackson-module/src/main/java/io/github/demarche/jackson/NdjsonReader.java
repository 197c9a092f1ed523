package io.github.demarche.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.demarche.Violation;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the records of an NDJSON file one line at a time, holding one line's record at most,
 * whatever the size of the file. Obtained from {@link DemarcheNdjson}, and closed by the caller:
 * <pre>{@code
 * DemarcheNdjson ndjson = DemarcheNdjson.create().withErrorMode(DemarcheNdjson.ErrorMode.COLLECT);
 * try (NdjsonReader<Statement> reader = ndjson.reader(file, Statement.class)) {
 *     Statement statement;
 *     while ((statement = reader.read()) != null) {
 *         index(statement);
 *     }
 *     for (NdjsonProblem problem : reader.problems()) {
 *         log.warn("{}", problem);       // NdjsonProblem[line 7, at /statement/date: ...]
 *     }
 *     log.info("{} statements, {} bad lines", reader.recordCount(), reader.problems().size());
 * }
 * }</pre>
 * Three ways to read: {@link #read()}, which throws checked exceptions; the {@link Iterator}
 * methods; and {@link #stream()}, whose closing closes the reader. The iterator and the stream
 * report an exception as an {@link UncheckedIOException} whose cause is the
 * {@link NdjsonException} (or the {@code IOException} of the file).
 *
 * <p><b>Bad lines.</b> In {@linkplain DemarcheNdjson.ErrorMode#FAIL_FAST fail-fast} mode, a line
 * that cannot be read is an {@link NdjsonException}; reading may go on after it, with the next
 * line. In {@linkplain DemarcheNdjson.ErrorMode#COLLECT collect} mode, the reader records an
 * {@link NdjsonProblem} for the line, available from {@link #problems()}, and goes on. A line is
 * bad when it is not UTF-8, not JSON, not one object, beyond the limits, an object of no record
 * ({@code {"actor":...}}) or of another record than the reader's type ({@code {"event":...}} in a
 * reader of statements), or a record that the module rejects. A header of a format that this
 * version cannot read ({@code {"demarcheFormat":2}}) ends reading in both modes: the reader throws
 * its {@code NdjsonException} then and for every later call.
 *
 * <p><b>Many bad lines.</b> In collect mode, the reader keeps the first
 * {@linkplain DemarcheNdjson#withMaxProblems(int) 1,000 problems} and counts the others
 * ({@link #problemCount()}); once the cap is reached, a line that is not an object or not UTF-8 is
 * told from its first character and skipped without a parser, so that a file of garbage costs
 * about what a file of records does. With {@link DemarcheNdjson#withMaxBadLines(long)}, the n-th
 * bad line ends reading: the reader throws its {@code NdjsonException} then and for every later
 * call.
 *
 * <p>A reader is not thread-safe.
 *
 * @param <T>  the type of record read: {@code Statement}, {@code Event}, {@code CasualtyReport}, {@code Document},
 *     or {@code Object} for all three
 * @since 0.1
 */
public final class NdjsonReader<T> implements Iterator<T>, Closeable {

    /** What a line that holds no record (a blank line or a header) reads as. */
    private static final Object NO_RECORD = new Object();

    private static final String FIELDS = NdjsonRecordKind.NAMES + " or '" + DemarcheJson.FORMAT_FIELD + "'";

    private final DemarcheNdjson ndjson;
    private final Class<T> type;
    private final Set<NdjsonRecordKind> kinds;
    private final NdjsonLines lines;
    private final List<NdjsonProblem> problems = new ArrayList<>();
    /** The bad lines found in collect mode, the problems not kept included. */
    private long problemCount;
    private long recordCount;
    /** The record that {@link #hasNext()} read ahead, or null. */
    private T next;
    /** The header of a format that cannot be read, which ends reading. */
    private NdjsonException fatal;
    private boolean unreadableFormat;
    private boolean closed;

    NdjsonReader(DemarcheNdjson ndjson, Class<T> type, Set<NdjsonRecordKind> kinds, NdjsonLines lines) {
        this.ndjson = ndjson;
        this.type = type;
        this.kinds = kinds;
        this.lines = lines;
    }

    /**
     * Reads the next record, skipping blank lines and header lines.
     *
     * @return the record, null at the end of the file
     * @throws NdjsonException if a line cannot be read, in fail-fast mode; if a header names a
     *     format that this version cannot read, in both modes
     * @throws IOException if the file cannot be read, or the reader is closed
     */
    public T read() throws IOException {
        if (next != null) {
            T record = next;
            next = null;
            return record;
        }
        return readNext();
    }

    private T readNext() throws IOException {
        if (closed) {
            throw new IOException("NdjsonReader must be open to read, got a closed reader");
        }
        if (fatal != null) {
            throw fatal;
        }
        for (;;) {
            boolean more;
            try {
                more = lines.nextLine();
            } catch (Utf8Reader.MalformedException e) {
                if (onlyCounted()) {
                    problemCount++;
                } else {
                    handle(new NdjsonException(lines.lineNumber(), 1, List.of(), notUtf8(null, e)));
                }
                continue;
            }
            if (!more) {
                return null;
            }
            if (onlyCounted()) {  // the common bad lines are told by their first character, without a parser
                int first;
                try {
                    first = lines.peek();
                } catch (Utf8Reader.MalformedException e) {
                    first = 0;
                }
                if (first == NdjsonLines.PEEK_BLANK) {
                    continue;
                }
                if (first != NdjsonLines.PEEK_UNKNOWN && first != '{') {  // not an object, or not UTF-8
                    problemCount++;
                    continue;
                }
            }
            Object value;
            try {
                value = readLine();
            } catch (NdjsonException e) {
                handle(e);
                continue;
            }
            if (value != NO_RECORD) {
                recordCount++;
                return type.cast(value);
            }
        }
    }

    /**
     * Checks if the next bad line is only counted, not kept: in collect mode, once the problems
     * kept have reached their cap, unless the next bad line is the last one allowed, which is
     * thrown.
     */
    private boolean onlyCounted() {
        return ndjson.errorMode() == DemarcheNdjson.ErrorMode.COLLECT && problems.size() >= ndjson.maxProblems()
                && problemCount + 1 < ndjson.maxBadLines();
    }

    /**
     * Throws the exception of a bad line, or records it and returns, as the mode says; the last
     * bad line allowed ends reading.
     */
    private void handle(NdjsonException e) throws NdjsonException {
        if (e == fatal || ndjson.errorMode() == DemarcheNdjson.ErrorMode.FAIL_FAST) {
            throw e;
        }
        problemCount++;
        if (problems.size() < ndjson.maxProblems()) {
            problems.add(NdjsonProblem.of(e));
        }
        if (problemCount >= ndjson.maxBadLines()) {
            fatal = e;
            throw e;
        }
    }

    /** Reads the current line as a document of its own. */
    private Object readLine() throws IOException {
        JsonParser p = ndjson.mapper().createParser(lines.line());
        try {
            if (lines.first() == '\uFEFF' && lines.column() == 1) {
                // the mapper's input decorator has dropped it, as from the start of a document; only
                // the start of the file may hold a byte order mark, and JSON no U+FEFF outside a text
                throw new JsonParseException(p, "NdjsonLine must not start with U+FEFF, a byte order mark, "
                        + "which only the start of the file may have");
            }
            Object value = readObject(p);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw MismatchedInputException.from(p, type, "NdjsonLine must hold one JSON value, got more after it: "
                        + actual(p));
            }
            return value;
        } catch (Utf8Reader.MalformedException e) {
            throw lineException(p, notUtf8(p, e), (int) Math.min(lines.column() + 1, Integer.MAX_VALUE));
        } catch (JsonProcessingException e) {
            NdjsonException exception = lineException(p, e, 0);
            if (unreadableFormat) {
                fatal = exception;
            }
            throw exception;
        } catch (RuntimeException e) {  // a safety net, as in the module's deserializers
            throw lineException(p, JsonMappingException.from(p, "NdjsonLine could not be read: " + e, e), 0);
        } finally {
            p.close();
        }
    }

    /** Reads the object of a line: its record, or {@link #NO_RECORD} for a header or a blank line. */
    private Object readObject(JsonParser p) throws IOException {
        JsonToken token = p.nextToken();
        if (token == null) {
            return NO_RECORD;  // a blank line
        }
        if (token != JsonToken.START_OBJECT) {
            throw MismatchedInputException.from(p, type, "NdjsonLine must be an object, got " + actual(p));
        }
        String field = p.nextFieldName();
        if (field == null) {
            throw MismatchedInputException.from(p, type, "NdjsonLine must have one field, " + FIELDS
                    + ", got an empty object");
        }
        Object value;
        if (field.equals(DemarcheJson.FORMAT_FIELD)) {
            p.nextToken();
            checkFormat(p);
            value = NO_RECORD;
        } else {
            value = readRecord(p, field);
        }
        String second = p.nextFieldName();
        if (field.equals(second)) {  // as Jackson's STRICT_DUPLICATE_DETECTION reports it
            throw new JsonParseException(p, "Duplicate field '" + second + "'");
        }
        if (second != null) {
            throw MismatchedInputException.from(p, type, "NdjsonLine must have one field, got a second one, "
                    + show(second));
        }
        return value;
    }

    /** Reads the record in a field of the line, the parser on the field's name. */
    private Object readRecord(JsonParser p, String field) throws IOException {
        NdjsonRecordKind kind = NdjsonRecordKind.ofField(field);
        if (kind == null) {
            throw InvalidTypeIdException.from(p, "NdjsonLine must have one field, " + FIELDS + ", got " + show(field),
                    ndjson.mapper().constructType(type), field);
        }
        if (!kinds.contains(kind)) {
            throw InvalidTypeIdException.from(p, "NdjsonLine must hold a '" + kinds.iterator().next().field()
                    + "' record, the type this reader reads, got " + show(field),
                    ndjson.mapper().constructType(type), field);
        }
        if (p.nextToken() == JsonToken.VALUE_NULL) {
            throw MismatchedInputException.from(p, kind.type(), kind.type().getSimpleName()
                    + " must be an object, got null");
        }
        try {
            return ndjson.reader(kind).readValue(p);
        } catch (JsonMappingException e) {
            e.prependPath(NdjsonReader.class, field);
            throw e;
        }
    }

    /** Checks the version of the format that a header line declares. */
    private void checkFormat(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw MismatchedInputException.from(p, Integer.class, "NdjsonLine." + DemarcheJson.FORMAT_FIELD
                    + " must be a whole number, got " + actual(p));
        }
        if (p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == DemarcheJson.FORMAT_VERSION) {
            return;
        }
        String text = p.getText();
        boolean newer = !text.startsWith("-")
                && (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() > DemarcheJson.FORMAT_VERSION);
        unreadableFormat = true;
        throw InvalidFormatException.from(p, "NdjsonLine." + DemarcheJson.FORMAT_FIELD + " must be "
                + DemarcheJson.FORMAT_VERSION + ", the only format that demarche-jackson " + PackageVersion.VERSION
                + " reads, got " + text + (newer ? "; a newer demarche-jackson may read it"
                        : "1".equals(text) ? DemarcheJson.FORMAT_1_HINT : ""), text, Integer.class);
    }

    private static JsonParseException notUtf8(JsonParser p, Utf8Reader.MalformedException e) {
        return new JsonParseException(p, "NdjsonLine must be UTF-8, got " + e.getMessage());
    }

    /**
     * Creates the exception of the current line. The path is the cause's when it has one (the
     * module's deserializers add the attributes of a value), else the parser's position, which has
     * not moved since the failure.
     */
    private NdjsonException lineException(JsonParser p, JsonProcessingException cause, int column) {
        List<JsonMappingException.Reference> path;
        if (cause instanceof JsonMappingException && !((JsonMappingException) cause).getPath().isEmpty()) {
            path = ((JsonMappingException) cause).getPath();
        } else {
            path = DemarcheJson.references(p.getParsingContext(), NdjsonReader.class);
        }
        int at = column;
        if (at <= 0) {
            at = cause.getLocation() != null ? cause.getLocation().getColumnNr() : p.currentLocation().getColumnNr();
        }
        return new NdjsonException(lines.lineNumber(), at, path, cause);
    }

    /** Describes the current token for a message, as the module's other messages do. */
    private static String actual(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case VALUE_STRING:
                return show(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return abbreviate(p.getText());
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            default:
                return token.asString();  // true, false, null
        }
    }

    /** Shows a text as every message of the library does ({@code Violation.show}): quoted, shortened. */
    private static String show(String text) {
        return Violation.show(text);
    }

    /** Shows a number's text as {@link #show} shows a text, without the quotes. */
    private static String abbreviate(String text) {
        String shown = Violation.show(text);
        return shown.substring(1, shown.length() - 1);
    }

    /**
     * Checks if there is another record, reading ahead to it past blank lines, header lines and,
     * in collect mode, bad lines.
     *
     * @return true if {@link #next()} returns a record
     * @throws UncheckedIOException whose cause is the {@link NdjsonException} of a bad line (in
     *     fail-fast mode) or the {@code IOException} of the file
     */
    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return next != null;
    }

    /**
     * Gets the next record.
     *
     * @return the record, not null
     * @throws NoSuchElementException at the end of the file
     * @throws UncheckedIOException whose cause is the {@link NdjsonException} of a bad line (in
     *     fail-fast mode) or the {@code IOException} of the file
     */
    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("NdjsonReader must have a record left, got the end of the file");
        }
        T record = next;
        next = null;
        return record;
    }

    /**
     * Gets the records left as a sequential, ordered stream; closing the stream closes the reader.
     * Read it in a try-with-resources block:
     * <pre>{@code
     * try (Stream<Event> events = ndjson.reader(file, Event.class).stream()) {
     *     long coups = events.filter(e -> e.type() == EventType.COUP).count();
     * }
     * }</pre>
     * A bad line in fail-fast mode, or a failure of the file, is an {@link UncheckedIOException}
     * from the stream's terminal operation.
     *
     * @return the stream, not null
     */
    public Stream<T> stream() {
        Spliterator<T> records = Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(records, false).onClose(() -> {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Gets the bad lines found so far, in the order of the file, at most the first
     * {@linkplain DemarcheNdjson#withMaxProblems(int) maximum of problems kept} (1,000 unless
     * changed); {@link #problemCount()} counts them all. In fail-fast mode, none, as each one is
     * thrown instead.
     *
     * @return a copy of the problems, not null
     */
    public List<NdjsonProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Gets how many bad lines have been found so far in collect mode, those beyond the
     * {@linkplain DemarcheNdjson#withMaxProblems(int) maximum of problems kept} included.
     *
     * @return the count, from 0; at least {@code problems().size()}
     * @since 0.2
     */
    public long problemCount() {
        return problemCount;
    }

    /**
     * Gets how many records have been read so far, a record read ahead by {@link #hasNext()}
     * included. In collect mode, at the end, it adds up with the {@linkplain #problemCount() bad
     * lines} to the lines that are neither blank nor headers.
     *
     * @return the count, from 0
     */
    public long recordCount() {
        return recordCount;
    }

    /**
     * Gets the number of the line read last; blank lines count.
     *
     * @return the line number, 0 before the first line
     */
    public long lineNumber() {
        return lines.lineNumber();
    }

    /**
     * Closes the reader and its file or stream; closing again does nothing.
     *
     * @throws IOException if the file or stream cannot be closed
     */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            next = null;
            lines.close();
        }
    }

    /**
     * Gets a short description: the type of record, the line and the counts.
     *
     * @return {@code NdjsonReader[Statement, line 12, 10 records, 2 problems]}, for example
     */
    @Override
    public String toString() {
        return "NdjsonReader[" + type.getSimpleName() + ", line " + lines.lineNumber() + ", " + recordCount
                + (recordCount == 1 ? " record, " : " records, ") + problemCount
                + (problemCount == 1 ? " problem]" : " problems]");
    }
}
