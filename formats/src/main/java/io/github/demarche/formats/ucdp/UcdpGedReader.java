package io.github.demarche.formats.ucdp;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.demarche.ValidationException;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.TableRows;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a UCDP GED CSV file (RFC 4180 quoting, UTF-8) by the names of its header, one row at a
 * time: each row becomes an event with its casualty reports, as {@link UcdpGedRows} maps it.
 * Obtained from {@link io.github.demarche.formats.Formats#reader Formats.reader(DataFormat.UCDP_GED, ..)}:
 * <pre>{@code
 * try (FormatReader reader = Formats.reader(DataFormat.UCDP_GED, in, ReadOptions.defaults().withInput("ged.csv"))) {
 *     RowRecords row = reader.read();   // event ucdp-ged-71663 and its four casualty reports
 * }
 * }</pre>
 *
 * <p><b>Header.</b> Line 1 names the columns, in any order and of any GED release
 * ({@link UcdpGedLayout}); it must name the {@linkplain UcdpGedLayout#REQUIRED required} ones, each
 * column once, and every column the mapping does not know by a name that an attribute key can hold.
 * A header that breaks these rules is refused when the reader is opened, with a
 * {@link RowException} of {@link ProblemCode#MALFORMED} at its line. A row of HXL hashtags right
 * after the header (every cell empty or beginning with {@code #}, as in the files of the
 * humanitarian data exchange) is no event: it is kept in the {@linkplain #layout() layout}, which
 * every event records, so that a writer gives it back. An empty input has no rows.
 *
 * <p><b>Refused rows</b> (the input and the line are the row's):
 * <ul>
 * <li>another number of fields than the header: {@code FIELD_COUNT},
 *     {@code GED row must have 43 fields, as its header has, got 12};</li>
 * <li>{@code date_start}, {@code date_end} not a day: {@code NOT_A_DATE},
 *     {@code GED.date_start must be a date yyyy-MM-dd, got '2013-02-30'};</li>
 * <li>{@code id} not a whole number: {@code NOT_A_NUMBER}, {@code GED.id must be a whole number, got 'x1'};
 *     {@code low}, {@code best}, {@code high}, {@code deaths_*} not one at least 0:
 *     {@code GED.best must be a whole number at least 0, got 'three'};</li>
 * <li>{@code type_of_violence} not 1, 2 or 3, {@code date_prec} not 1 to 5: {@code UNKNOWN_CODE},
 *     {@code GED.type_of_violence must be 1, 2 or 3, got '4'};</li>
 * <li>a row that the model refuses: {@code MODEL_RULE} with the model's first message and the
 *     column at fault when one is, such as {@code high} for event 84006 of the shared sample,
 *     published with low 0, best 3, high 0
 *     ({@code QualifiedCount.bounds must satisfy low <= best <= high, got low=0, best=3, high=0}),
 *     {@code low} for a low above the best, or {@code date_end} for an end before the start;</li>
 * <li>text that is not CSV (a character after a closing quote, a quote that does not close):
 *     {@code MALFORMED}, with jackson-dataformat-csv's message; reading goes on with the line after
 *     the one where the text broke (a quote that does not close breaks at the end of the input).</li>
 * </ul>
 *
 * <p>A reader is not thread-safe.
 *
 * @since 0.2
 */
public final class UcdpGedReader extends FormatReader {

    private static final Pattern KEYABLE = Pattern.compile("[A-Za-z0-9._:-]{1,59}");

    private final TableRows rows;
    private final UcdpGedLayout layout;
    private String[] pending;
    private long pendingLine;
    private JsonProcessingException pendingError;
    private boolean broken;
    /** The line where the text last broke, 0 if it has not: the next row begins after it. */
    private long brokeAt;
    private long brokeOffset = -1;

    /**
     * Opens a reader, reading the header and the hashtag row if there is one.
     *
     * @param in  the input, UTF-8, closed when the reader is (or when the header is refused), not null
     * @param options  the options, not null
     * @throws RowException of {@link ProblemCode#MALFORMED} at the header's line if the header is refused
     * @throws IOException if the input cannot be read
     */
    public UcdpGedReader(InputStream in, ReadOptions options) throws IOException {
        super(options);
        this.rows = TableRows.csv(in);
        try {
            this.layout = header();
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    private UcdpGedLayout header() throws IOException {
        String[] header;
        long at = rows.nextLine();
        try {
            header = rows.next();
        } catch (JsonProcessingException e) {
            throw refuse(at, null, null, ProblemCode.MALFORMED, "GED header must be CSV text, got "
                    + e.getOriginalMessage());
        }
        if (header == null) {
            return null;
        }
        long line = rows.line();
        List<String> columns = Arrays.asList(header);
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                throw refuse(line, column, null, ProblemCode.MALFORMED, "GED header must name each column once, got '"
                        + column + "' twice");
            }
            if (!UcdpGedRows.isKnown(column) && !(KEYABLE.matcher(column).matches()
                    && Character.isLetter(column.charAt(0)) && column.charAt(0) < 128)) {
                throw refuse(line, null, column, ProblemCode.MALFORMED, "GED header must name a column it adds by a"
                        + " letter and up to 58 letters, digits, '.', '_', '-' or ':', got '" + column + "'");
            }
        }
        List<String> missing = UcdpGedLayout.missing(columns);
        if (!missing.isEmpty()) {
            throw refuse(line, null, null, ProblemCode.MALFORMED, "GED header must name the columns "
                    + String.join(", ", UcdpGedLayout.REQUIRED) + ", got no " + String.join(", ", missing));
        }
        UcdpGedLayout read = UcdpGedLayout.of(columns);
        long secondAt = rows.nextLine();
        try {
            String[] second = rows.next();
            if (second != null && second.length == header.length && UcdpGedLayout.isHxl(Arrays.asList(second))) {
                return read.withHxl(Arrays.asList(second));
            }
            pending = second;
            pendingLine = rows.line();
            brokeAt = 0;
        } catch (JsonProcessingException e) {
            pendingError = e;
            pendingLine = secondAt;
            brokeAt = rows.nextLine();
            brokeOffset = rows.charOffset();
        }
        return read;
    }

    /**
     * Gets the layout of the input: its header, and its HXL hashtag row if it has one.
     *
     * @return the layout, empty if the input is empty
     */
    public Optional<UcdpGedLayout> layout() {
        return Optional.ofNullable(layout);
    }

    @Override
    protected RowRecords readRow() throws IOException {
        if (broken || layout == null) {
            return null;
        }
        String[] cells;
        long line;
        if (pendingError != null) {
            JsonProcessingException error = pendingError;
            pendingError = null;
            throw malformed(pendingLine, error);
        } else if (pending != null) {
            cells = pending;
            line = pendingLine;
            pending = null;
        } else {
            // after broken text, the parser goes on with the line after the one where the text broke
            long at = brokeAt > 0 ? Math.max(rows.nextLine(), brokeAt + 1) : rows.nextLine();
            try {
                cells = rows.next();
            } catch (JsonProcessingException e) {
                if (rows.charOffset() == brokeOffset) {
                    broken = true;  // the parser does not move on past the broken text: nothing more can be read
                }
                brokeAt = rows.nextLine();
                brokeOffset = rows.charOffset();
                throw malformed(at, e);
            }
            if (cells == null) {
                return null;
            }
            line = brokeAt > 0 ? Math.max(rows.line(), brokeAt + 1) : rows.line();
            brokeAt = 0;
        }
        int expected = layout.columns().size();
        if (cells.length != expected) {
            throw refuse(line, null, null, ProblemCode.FIELD_COUNT, "GED row must have " + expected
                    + " fields, as its header has, got " + cells.length);
        }
        try {
            return UcdpGedRows.toModel(layout, Arrays.asList(cells)).withLine(line);
        } catch (CellRefusal problem) {
            throw refuse(line, problem.column(), problem.value(), problem.code(), problem.getMessage());
        } catch (ValidationException e) {
            throw refuse(line, null, null, ProblemCode.MODEL_RULE, e.violations().get(0).message());
        }
    }

    private RowException malformed(long line, JsonProcessingException e) {
        return refuse(line, null, null, ProblemCode.MALFORMED, "GED row must be CSV text, got "
                + e.getOriginalMessage());
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
