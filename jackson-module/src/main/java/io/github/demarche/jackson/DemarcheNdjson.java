package io.github.demarche.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes NDJSON files of Demarche records, one statement, event or casualty report a
 * line, in constant memory whatever the size of the file.
 *
 * <pre>{@code
 * DemarcheNdjson ndjson = DemarcheNdjson.create();
 * try (NdjsonWriter<Object> writer = ndjson.writer(file, Object.class)) {
 *     writer.write(statement);
 *     writer.write(event);
 * }
 * try (NdjsonReader<Statement> reader = ndjson.reader(file, Statement.class)) {
 *     for (Statement statement; (statement = reader.read()) != null; ) {
 *         index(statement);
 *     }
 * }
 * try (Stream<Statement> statements = ndjson.reader(file, Statement.class).stream()) {
 *     statements.filter(...).forEach(...);      // closing the stream closes the file
 * }
 * }</pre>
 *
 * <p><b>The format.</b> A file is UTF-8 text, one JSON object a line, lines ending with
 * {@code \n}. A record line is an object with exactly one field, whose name says what the record
 * is and whose value is the record in the module's JSON format:
 * <pre>{@code
 * {"statement":{"id":"s07-beijing-denial","speakers":[...],...}}
 * {"event":{"id":"coup-2021-02-01","type":"coup",...}}
 * {"casualtyReport":{"id":"killed-2021-03-23",...}}
 * {"document":{"id":"asean-five-point-consensus","kind":"agreement",...}}
 * }</pre>
 * A header line, {@code {"demarcheFormat":2}}, declares the {@linkplain DemarcheJson#FORMAT_VERSION
 * version of the format} of the lines after it; writers write it first, readers accept it on any
 * line (so that files joined by {@code cat} stay readable) and take lines before any header to be
 * of format 2. Readers skip blank lines (white space only), which count in line numbers; writers
 * never write them. The JSON Schema describes a line as {@code #/$defs/NdjsonLine}.
 *
 * <p><b>Types.</b> A reader or writer handles one type of record, {@code Statement.class},
 * {@code Event.class}, {@code CasualtyReport.class} or {@code Document.class}, or all four mixed, {@code Object.class}. A
 * reader of statements rejects a line that holds an event, naming the line.
 *
 * <p><b>Errors.</b> A line that cannot be read is reported as an {@link NdjsonException}, with its
 * line number, the JSON Pointer in the line and the Jackson exception that rejected it. In the
 * default {@linkplain ErrorMode#FAIL_FAST fail-fast} mode, the reader throws it; in
 * {@linkplain ErrorMode#COLLECT collect} mode, it records an {@link NdjsonProblem} and goes on with
 * the next line. Either way, a bad line is skipped without being held in memory and never silently.
 * A header of a format that this version cannot read ends reading in both modes.
 *
 * <p><b>Limits.</b> {@link #create()} reads with {@link DemarcheJson#newObjectMapper()}'s limits
 * and settings (unknown properties rejected; duplicate keys are rejected on any mapper), each line
 * being a document of at most {@link DemarcheJson#MAX_LINE_LENGTH} characters.
 *
 * <p>This class is immutable and thread-safe; the readers and writers it opens are not thread-safe.
 *
 * @since 0.1
 */
public final class DemarcheNdjson {

    /**
     * What a reader does with a line that it cannot read.
     *
     * @since 0.1
     */
    public enum ErrorMode {

        /** Throws an {@link NdjsonException} for the first bad line; the default. */
        FAIL_FAST,

        /**
         * Records an {@link NdjsonProblem} for each bad line and goes on with the next line; the
         * problems are available from {@link NdjsonReader#problems()} while and after reading.
         */
        COLLECT
    }

    private final ObjectMapper mapper;
    private final Map<NdjsonRecordKind, ObjectReader> readers;
    private final ObjectWriter writer;
    /** The most problems a collecting reader keeps unless told otherwise: {@value}. */
    public static final int DEFAULT_MAX_PROBLEMS = 1000;

    private final ErrorMode errorMode;
    private final boolean header;
    private final int maxProblems;
    private final long maxBadLines;

    private DemarcheNdjson(ObjectMapper mapper, Map<NdjsonRecordKind, ObjectReader> readers, ObjectWriter writer,
            ErrorMode errorMode, boolean header, int maxProblems, long maxBadLines) {
        this.mapper = mapper;
        this.readers = readers;
        this.writer = writer;
        this.errorMode = errorMode;
        this.header = header;
        this.maxProblems = maxProblems;
        this.maxBadLines = maxBadLines;
    }

    /**
     * Obtains the NDJSON reader and writer factory that this module recommends: the settings and
     * limits of {@link DemarcheJson#newObjectMapper()}, lines of at most
     * {@link DemarcheJson#MAX_LINE_LENGTH} characters, fail-fast reading, and writers that write
     * the header line.
     *
     * @return the factory, not null
     */
    public static DemarcheNdjson create() {
        return create(DemarcheJson.newObjectMapper(DemarcheJson.MAX_LINE_LENGTH));
    }

    /**
     * Obtains a factory that reads and writes through the given mapper, for other limits or
     * settings: each line is read as a document of the mapper's factory, under its
     * {@code StreamReadConstraints} and with its features (such as
     * {@code FAIL_ON_UNKNOWN_PROPERTIES}); the mapper's indentation and root wrapping are not
     * used, as a record must stay on its line in the format.
     *
     * @param mapper  the mapper, with the {@link DemarcheModule} registered, not null
     * @return the factory, fail-fast and writing the header line, not null
     * @throws IllegalArgumentException if the mapper lacks the {@link DemarcheModule}
     */
    public static DemarcheNdjson create(ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        Object moduleId = new DemarcheModule().getTypeId();
        if (!mapper.getRegisteredModuleIds().contains(moduleId)) {
            throw new IllegalArgumentException("DemarcheNdjson.mapper must have the DemarcheModule registered, got "
                    + "one with " + mapper.getRegisteredModuleIds());
        }
        Map<NdjsonRecordKind, ObjectReader> readers = new EnumMap<>(NdjsonRecordKind.class);
        for (NdjsonRecordKind kind : NdjsonRecordKind.values()) {
            readers.put(kind, mapper.readerFor(kind.type())
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)   // the line goes on after the value
                    .without(DeserializationFeature.UNWRAP_ROOT_VALUE));
        }
        ObjectWriter writer = mapper.writer()
                .without(SerializationFeature.INDENT_OUTPUT)
                .without(SerializationFeature.WRAP_ROOT_VALUE)
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);   // the writer buffers
        return new DemarcheNdjson(mapper, readers, writer, ErrorMode.FAIL_FAST, true, DEFAULT_MAX_PROBLEMS,
                Long.MAX_VALUE);
    }

    /**
     * Returns a copy with another error mode.
     *
     * @param errorMode  what readers do with a line they cannot read, not null
     * @return a factory with the error mode, not null
     */
    public DemarcheNdjson withErrorMode(ErrorMode errorMode) {
        Objects.requireNonNull(errorMode, "errorMode");
        return errorMode == this.errorMode ? this
                : new DemarcheNdjson(mapper, readers, writer, errorMode, header, maxProblems, maxBadLines);
    }

    /**
     * Returns a copy whose writers write the header line, {@code {"demarcheFormat":2}}, first, or
     * not, as when appending to a file that has one.
     *
     * @param header  whether writers write the header line
     * @return a factory with the setting, not null
     */
    public DemarcheNdjson withHeader(boolean header) {
        return header == this.header ? this
                : new DemarcheNdjson(mapper, readers, writer, errorMode, header, maxProblems, maxBadLines);
    }

    /**
     * Returns a copy whose collecting readers keep at most the first {@code maxProblems} problems,
     * and count the others ({@link NdjsonReader#problemCount()}), so that the memory a file of bad
     * lines takes is bounded. Once the cap is reached, a line that is not an object (such as
     * {@code []} or {@code x}) or not UTF-8 is skipped without being parsed.
     *
     * @param maxProblems  the most problems kept, from 0; {@value #DEFAULT_MAX_PROBLEMS} unless changed
     * @return a factory with the cap, not null
     * @throws IllegalArgumentException if {@code maxProblems} is negative
     * @since 0.2
     */
    public DemarcheNdjson withMaxProblems(int maxProblems) {
        if (maxProblems < 0) {
            throw new IllegalArgumentException("DemarcheNdjson.maxProblems must not be negative, got " + maxProblems);
        }
        return maxProblems == this.maxProblems ? this
                : new DemarcheNdjson(mapper, readers, writer, errorMode, header, maxProblems, maxBadLines);
    }

    /**
     * Returns a copy whose collecting readers stop at the {@code maxBadLines}-th bad line: they
     * record it (within the {@linkplain #withMaxProblems(int) cap}) and throw its
     * {@link NdjsonException}, then and for every later call, as for a header of an unreadable
     * format. A file that is mostly bad is then given up early instead of read to its end.
     *
     * @param maxBadLines  the bad lines at which reading stops, from 1; {@code Long.MAX_VALUE} (no
     *     limit) unless changed
     * @return a factory with the limit, not null
     * @throws IllegalArgumentException if {@code maxBadLines} is less than 1
     * @since 0.2
     */
    public DemarcheNdjson withMaxBadLines(long maxBadLines) {
        if (maxBadLines < 1) {
            throw new IllegalArgumentException("DemarcheNdjson.maxBadLines must be at least 1, got " + maxBadLines);
        }
        return maxBadLines == this.maxBadLines ? this
                : new DemarcheNdjson(mapper, readers, writer, errorMode, header, maxProblems, maxBadLines);
    }

    /**
     * Gets the most problems a collecting reader keeps.
     *
     * @return the cap, {@value #DEFAULT_MAX_PROBLEMS} unless changed
     * @since 0.2
     */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * Gets the number of bad lines at which a collecting reader stops.
     *
     * @return the limit, {@code Long.MAX_VALUE} (none) unless changed
     * @since 0.2
     */
    public long maxBadLines() {
        return maxBadLines;
    }

    /**
     * Gets what readers do with a line they cannot read.
     *
     * @return the error mode, {@link ErrorMode#FAIL_FAST} unless changed, not null
     */
    public ErrorMode errorMode() {
        return errorMode;
    }

    /**
     * Checks if writers write the header line first.
     *
     * @return true unless changed
     */
    public boolean writesHeader() {
        return header;
    }

    /**
     * Opens a reader of the records of a UTF-8 file.
     *
     * @param <T>  the type of record read
     * @param file  the file, not null
     * @param type  {@code Statement.class}, {@code Event.class}, {@code CasualtyReport.class}, {@code Document.class}, or
     *     {@code Object.class} for all three, not null
     * @return a reader, which the caller closes and which closes the file, not null
     * @throws IOException if the file cannot be opened
     * @throws IllegalArgumentException if {@code type} is another type
     */
    public <T> NdjsonReader<T> reader(Path file, Class<T> type) throws IOException {
        Objects.requireNonNull(file, "file");
        Set<NdjsonRecordKind> kinds = NdjsonRecordKind.forType(Objects.requireNonNull(type, "type"));
        return new NdjsonReader<>(this, type, kinds, new NdjsonLines(new Utf8Reader(Files.newInputStream(file))));
    }

    /**
     * Opens a reader of the records of a stream of UTF-8 bytes; it reads the stream as it goes, in
     * blocks, so there is no need to buffer it.
     *
     * @param <T>  the type of record read
     * @param in  the stream, not null
     * @param type  {@code Statement.class}, {@code Event.class}, {@code CasualtyReport.class}, {@code Document.class}, or
     *     {@code Object.class} for all three, not null
     * @return a reader, which the caller closes and which closes the stream, not null
     * @throws IllegalArgumentException if {@code type} is another type
     */
    public <T> NdjsonReader<T> reader(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Set<NdjsonRecordKind> kinds = NdjsonRecordKind.forType(Objects.requireNonNull(type, "type"));
        return new NdjsonReader<>(this, type, kinds, new NdjsonLines(new Utf8Reader(in)));
    }

    /**
     * Opens a reader of the records of a text; it reads the text as it goes, in blocks, so there is
     * no need to buffer it.
     *
     * @param <T>  the type of record read
     * @param in  the text, not null
     * @param type  {@code Statement.class}, {@code Event.class}, {@code CasualtyReport.class}, {@code Document.class}, or
     *     {@code Object.class} for all three, not null
     * @return a reader, which the caller closes and which closes {@code in}, not null
     * @throws IllegalArgumentException if {@code type} is another type
     */
    public <T> NdjsonReader<T> reader(Reader in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Set<NdjsonRecordKind> kinds = NdjsonRecordKind.forType(Objects.requireNonNull(type, "type"));
        return new NdjsonReader<>(this, type, kinds, new NdjsonLines(in));
    }

    /**
     * Opens a writer of records to a file in UTF-8, writing the header line first unless
     * {@linkplain #withHeader(boolean) told not to}.
     *
     * @param <T>  the type of record written
     * @param file  the file, not null
     * @param type  {@code Statement.class}, {@code Event.class}, {@code CasualtyReport.class}, {@code Document.class}, or
     *     {@code Object.class} for all three, not null
     * @param options  how to open the file, as {@link Files#newOutputStream(Path, OpenOption...)}
     *     takes them: by default, created or truncated; {@code StandardOpenOption.APPEND} to add to it
     * @return a writer, which the caller closes and which closes the file, not null
     * @throws IOException if the file cannot be opened or written
     * @throws IllegalArgumentException if {@code type} is another type
     */
    public <T> NdjsonWriter<T> writer(Path file, Class<T> type, OpenOption... options) throws IOException {
        Objects.requireNonNull(file, "file");
        Set<NdjsonRecordKind> kinds = NdjsonRecordKind.forType(Objects.requireNonNull(type, "type"));
        OutputStream out = Files.newOutputStream(file, options);
        try {
            return new NdjsonWriter<>(writer, mapper.createGenerator(out, JsonEncoding.UTF8), type, kinds, header);
        } catch (IOException | RuntimeException e) {
            try {
                out.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Opens a writer of records to a stream, in UTF-8, writing the header line first unless
     * {@linkplain #withHeader(boolean) told not to}. The writer buffers what it writes.
     *
     * @param <T>  the type of record written
     * @param out  the stream, not null
     * @param type  {@code Statement.class}, {@code Event.class}, {@code CasualtyReport.class}, {@code Document.class}, or
     *     {@code Object.class} for all three, not null
     * @return a writer, which the caller closes and which closes the stream, not null
     * @throws IOException if the header cannot be written
     * @throws IllegalArgumentException if {@code type} is another type
     */
    public <T> NdjsonWriter<T> writer(OutputStream out, Class<T> type) throws IOException {
        Objects.requireNonNull(out, "out");
        Set<NdjsonRecordKind> kinds = NdjsonRecordKind.forType(Objects.requireNonNull(type, "type"));
        return new NdjsonWriter<>(writer, mapper.createGenerator(out, JsonEncoding.UTF8), type, kinds, header);
    }

    /**
     * Opens a writer of records to a text, writing the header line first unless
     * {@linkplain #withHeader(boolean) told not to}. The writer buffers what it writes.
     *
     * @param <T>  the type of record written
     * @param out  the text, not null
     * @param type  {@code Statement.class}, {@code Event.class}, {@code CasualtyReport.class}, {@code Document.class}, or
     *     {@code Object.class} for all three, not null
     * @return a writer, which the caller closes and which closes {@code out}, not null
     * @throws IOException if the header cannot be written
     * @throws IllegalArgumentException if {@code type} is another type
     */
    public <T> NdjsonWriter<T> writer(Writer out, Class<T> type) throws IOException {
        Objects.requireNonNull(out, "out");
        Set<NdjsonRecordKind> kinds = NdjsonRecordKind.forType(Objects.requireNonNull(type, "type"));
        return new NdjsonWriter<>(writer, mapper.createGenerator(out), type, kinds, header);
    }

    /** Gets the mapper whose parsers read the lines. */
    ObjectMapper mapper() {
        return mapper;
    }

    /** Gets the reader of the values of a kind of record. */
    ObjectReader reader(NdjsonRecordKind kind) {
        return readers.get(kind);
    }

    /**
     * Gets a short description: the error mode, whether writers write the header, and the limits
     * on bad lines when they are not the defaults.
     *
     * @return {@code DemarcheNdjson[FAIL_FAST, header]}, for example
     */
    @Override
    public String toString() {
        return "DemarcheNdjson[" + errorMode + (header ? ", header" : ", no header")
                + (maxProblems == DEFAULT_MAX_PROBLEMS ? "" : ", " + maxProblems + " problems kept")
                + (maxBadLines == Long.MAX_VALUE ? "" : ", stop at " + maxBadLines + " bad lines") + "]";
    }
}
