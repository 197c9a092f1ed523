package io.github.demarche.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the rows of a table with jackson-dataformat-csv, the counterpart of {@link TableRows}:
 * tab-separated with no quoting, or comma-separated with RFC 4180 quoting where a field needs it.
 * Rows end with {@code \n}; the output is UTF-8 with no byte order mark.
 */
public final class TableWriter implements Closeable, Flushable {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvMapper STRICT_MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvMapper QUOTING_MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private final SequenceWriter rows;
    private final boolean quoted;
    /** In the strict mode: the output, and the writer of rows whose first field begins with a space. */
    private Writer target;
    private SequenceWriter quotedRows;

    private TableWriter(OutputStream out, CsvSchema schema, boolean quoted) throws IOException {
        this(MAPPER, out, schema, quoted);
    }

    private TableWriter(CsvMapper mapper, OutputStream out, CsvSchema schema, boolean quoted) throws IOException {
        this.rows = mapper.writerFor(String[].class).with(schema)
                .writeValues(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.quoted = quoted;
    }

    /**
     * Opens a writer of a tab-separated table with no quoting.
     *
     * @param out  the output, not null
     * @return the writer, not null
     * @throws IOException if the output cannot be written
     */
    public static TableWriter tsv(OutputStream out) throws IOException {
        return new TableWriter(out, CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()
                .withoutEscapeChar().withLineSeparator("\n"), false);
    }

    /**
     * Opens a writer of a comma-separated table with RFC 4180 quoting.
     *
     * @param out  the output, not null
     * @return the writer, not null
     * @throws IOException if the output cannot be written
     */
    public static TableWriter csv(OutputStream out) throws IOException {
        return new TableWriter(out, CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"')
                .withoutEscapeChar().withLineSeparator("\n"), true);
    }

    /**
     * Opens a writer of a comma-separated table with RFC 4180 quoting only where a field needs it:
     * a field holding a comma, a double quote or a line break (jackson-dataformat-csv's strict
     * check), so that a field such as {@code #date+year} or {@code Supporters of BNP} is written
     * bare, as the UCDP GED files write them; a row whose first field begins with a space is
     * written with every field quoted, since {@link TableRows} does not keep the spaces that begin
     * a line.
     *
     * @param out  the output, not null
     * @return the writer, not null
     * @throws IOException if the output cannot be written
     */
    public static TableWriter csvQuotedWhereNeeded(OutputStream out) throws IOException {
        Writer target = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"').withoutEscapeChar()
                .withLineSeparator("\n");
        TableWriter writer = new TableWriter(STRICT_MAPPER.writerFor(String[].class).with(schema).writeValues(target));
        writer.target = target;
        // TableRows drops the spaces that begin a line (SKIP_EMPTY_LINES), so such a row is written quoted
        writer.quotedRows = QUOTING_MAPPER.writerFor(String[].class).with(schema).writeValues(target);
        return writer;
    }

    private TableWriter(SequenceWriter rows) {
        this.rows = rows;
        this.quoted = true;
    }

    /**
     * Finds the first field that this writer cannot write as it is: in a table with no quoting, a
     * field that holds a tab or a line break.
     *
     * @param row  the fields, not null
     * @return the index of the field, or -1 if every field can be written
     */
    public int unwritableField(List<String> row) {
        if (quoted) {
            return -1;
        }
        for (int i = 0; i < row.size(); i++) {
            String field = row.get(i);
            if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes a row.
     *
     * @param row  the fields, not null
     * @throws IllegalArgumentException if a field cannot be written ({@link #unwritableField})
     * @throws IOException if the output cannot be written
     */
    public void write(List<String> row) throws IOException {
        int bad = unwritableField(row);
        if (bad >= 0) {
            throw new IllegalArgumentException("field " + (bad + 1) + " holds a tab or a line break, which a"
                    + " tab-separated table with no quoting cannot hold");
        }
        if (quotedRows != null && !row.isEmpty() && row.get(0).startsWith(" ")) {
            rows.flush();
            quotedRows.write(row.toArray(new String[0]));
            quotedRows.flush();
        } else {
            rows.write(row.toArray(new String[0]));
        }
    }

    @Override
    public void flush() throws IOException {
        rows.flush();
        if (target != null) {
            target.flush();
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
        if (target != null) {
            quotedRows.close();
            target.close();
        }
    }
}
