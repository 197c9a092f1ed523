package io.github.demarche.formats.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The rows of a table, one at a time, each with the line where it begins: tab-separated with no
 * quoting (GDELT, ICEWS: a quote is a character like any other) or comma-separated with RFC 4180
 * quoting (UCDP GED). Every field is kept as written, empty fields and spaces too; empty lines are
 * skipped (a line of one empty quoted field, {@code ""}, is one too). Lines end at {@code \n},
 * {@code \r\n} or {@code \r}. The input is UTF-8; a byte order mark at its start is skipped.
 *
 * <p>Comma-separated tables are read with jackson-dataformat-csv. Tab-separated ones are split by
 * hand ({@link TabSeparatedRows}): with no quoting a row is a line and a field what lies between
 * tabs, and the library's parse was two thirds of the time of importing a GDELT row into validated
 * records (benchmarks' {@code ImportBenchmark}); {@code TabSeparatedRowsTest} proves the two read
 * every table alike.
 */
public abstract class TableRows implements Closeable {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();

    TableRows() {
    }

    /**
     * Opens the rows of a tab-separated table with no quoting.
     *
     * @param in  the input, UTF-8, not null
     * @return the rows, not null
     * @throws IOException if the input cannot be read
     */
    public static TableRows tsv(InputStream in) throws IOException {
        return new TabSeparatedRows(in);
    }

    /**
     * Opens the rows of a tab-separated table with no quoting, read by jackson-dataformat-csv: the
     * readable form of {@link #tsv}, which tests prove it equal to.
     *
     * @param in  the input, UTF-8, not null
     * @return the rows, not null
     * @throws IOException if the input cannot be read
     */
    static TableRows tsvByLibrary(InputStream in) throws IOException {
        return new LibraryRows(reader(in), CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()
                .withoutEscapeChar());
    }

    /**
     * Opens the rows of a comma-separated table with RFC 4180 quoting.
     *
     * @param in  the input, UTF-8, not null
     * @return the rows, not null
     * @throws IOException if the input cannot be read
     */
    public static TableRows csv(InputStream in) throws IOException {
        return new LibraryRows(reader(in), CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"')
                .withoutEscapeChar());
    }

    private static Reader reader(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /**
     * Reads the next row.
     *
     * @return the fields of the row, or null at the end of the input
     * @throws JsonProcessingException if the text is not a table (a quote that does not close)
     * @throws TooLongRow if a tab-separated row is longer than {@link TooLongRow#MAX_LENGTH}
     *     bytes; the row is skipped, and the next call reads the row after it
     * @throws IOException if the input cannot be read
     */
    public abstract String[] next() throws IOException;

    /**
     * Gets the line where the next row begins, as far as the reader has read: the line to name when
     * {@link #next()} fails on broken text.
     *
     * @return the line, from 1
     */
    public abstract long nextLine();

    /**
     * Gets the number of characters read so far: how far {@link #next()} got, to tell whether it
     * moves on after failing on broken text.
     *
     * @return the offset, from 0
     */
    public abstract long charOffset();

    /**
     * Gets the line where the row last read begins.
     *
     * @return the line, from 1; 0 before the first row
     */
    public abstract long line();

    /**
     * A tab-separated row too long to be read into memory: no dataset writes one, and a file of one
     * endless line must not exhaust the heap.
     */
    public static final class TooLongRow extends IOException {

        private static final long serialVersionUID = 1L;

        /** The most bytes a tab-separated row may have, in UTF-8: 1,048,576 (GDELT's rows have some 1,000). */
        public static final int MAX_LENGTH = 1 << 20;

        private final long line;

        TooLongRow(long line) {
            super("line " + line + " is longer than " + MAX_LENGTH + " bytes");
            this.line = line;
        }

        /**
         * Gets the line where the row begins.
         *
         * @return the line, from 1
         */
        public long line() {
            return line;
        }
    }

    /** The rows of a table read with jackson-dataformat-csv. */
    private static final class LibraryRows extends TableRows {

        private final MappingIterator<String[]> rows;
        private final CsvParser parser;
        private long line;

        LibraryRows(Reader in, CsvSchema schema) throws IOException {
            this.rows = MAPPER.readerFor(String[].class).with(schema).readValues(in);
            this.parser = (CsvParser) rows.getParser();
        }

        @Override
        public String[] next() throws IOException {
            for (;;) {
                // the parser stands at the start of the next row, past the last row's line end
                long start = parser.currentLocation().getLineNr();
                if (!rows.hasNextValue()) {
                    return null;
                }
                String[] row = rows.nextValue();
                // an empty line is no row; a line of spaces is one, kept as written (the parser's own
                // skipping of empty lines would drop it, and the leading spaces of every first field)
                if (row.length != 1 || !row[0].isEmpty()) {
                    line = start;
                    return row;
                }
            }
        }

        @Override
        public long nextLine() {
            return Math.max(1, parser.currentLocation().getLineNr());
        }

        @Override
        public long charOffset() {
            return parser.currentLocation().getCharOffset();
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
