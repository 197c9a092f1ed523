package io.github.demarche.formats.plover;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.demarche.ValidationException;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.CellRefusal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads PLOVER records, one at a time, into model records by {@link PloverRecords}: a JSON array of
 * records, or JSON Lines (one record a line), told apart by the first character that is not
 * blank ({@code [} for an array). Obtained from
 * {@link io.github.demarche.formats.Formats#reader Formats.reader(DataFormat.PLOVER, ..)}.
 *
 * <p>An array is read with Jackson's streaming parser, one record at a time; each row's line is the
 * line where its object begins. JSON Lines are read a line at a time: blank lines are skipped, and a
 * line that is not JSON is refused ({@link ProblemCode#MALFORMED}) while reading goes on with the next.
 * In an array, broken JSON ends the input: the record where it breaks is refused with the line and
 * column of the fault, and nothing after it can be read. A record that is not a JSON object, or that
 * has a field twice, is refused and reading goes on.
 *
 * <p>A refused record's problem names the field at fault as its column ({@code date},
 * {@code source[0].actorText}, {@code eventLoc.country code}) and the value as written (a string's
 * text, else its JSON), with a message {@code PLOVER.<field> must <rule>, got <value>}:
 * <ul>
 * <li>{@code MALFORMED}: not JSON, not an object, a field twice, a field PLOVER does not have, a value
 *     of another JSON type than PLOVER writes, a missing {@code id}, sides named both ways;</li>
 * <li>{@code NOT_A_DATE}: a {@code date} that is missing or no date, the {@code dateCoded} of a
 *     DOCUMENT record;</li>
 * <li>{@code NOT_A_NUMBER}: a {@code dead} or {@code injured} that is not a count in digits;</li>
 * <li>{@code UNKNOWN_CODE}: an {@code event}, {@code mode} or {@code context} that PLOVER does not
 *     define;</li>
 * <li>{@code MODEL_RULE}: the model's own message, for the first rule it finds broken.</li>
 * </ul>
 *
 * <p>A reader is not thread-safe.
 *
 * @since 0.2
 */
public final class PloverReader extends FormatReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\n]*?; (?=line:)");

    private final BufferedReader text;
    private final long lineOffset;
    private final JsonParser parser;
    private long lineNumber;
    private boolean ended;

    /**
     * Creates a reader of a stream of UTF-8 bytes (a byte order mark is skipped).
     *
     * @param in  the input, closed when the reader is, not null
     * @param options  the options, not null
     * @throws IOException if the input cannot be read
     */
    public PloverReader(InputStream in, ReadOptions options) throws IOException {
        super(options);
        text = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8));
        long lines = 0;
        boolean carriageReturn = false;
        boolean first = true;
        int c;
        while (true) {
            text.mark(1);
            c = text.read();
            if (c == '\n') {
                lines += carriageReturn ? 0 : 1;
            } else if (c == '\r') {
                lines++;
            } else if (!(c == ' ' || c == '\t' || (first && c == '\uFEFF'))) {
                break;
            }
            carriageReturn = c == '\r';
            first = false;
        }
        lineOffset = lines;
        lineNumber = lines;
        if (c == '[') {
            text.reset();
            parser = MAPPER.createParser(text);
            parser.nextToken();
        } else {
            if (c >= 0) {
                text.reset();
            }
            parser = null;
        }
    }

    /**
     * Tells whether the input is a JSON array, as told by its first character that is not blank.
     *
     * @return true for an array, false for JSON Lines (or an empty input)
     */
    public boolean isArray() {
        return parser != null;
    }

    @Override
    protected RowRecords readRow() throws IOException {
        if (ended) {
            return null;
        }
        return parser != null ? readArrayRow() : readLinesRow();
    }

    private RowRecords readLinesRow() throws IOException {
        String line;
        do {
            line = text.readLine();
            if (line == null) {
                ended = true;
                return null;
            }
            lineNumber++;
        } while (line.isBlank());
        JsonNode record;
        try (JsonParser lineParser = MAPPER.createParser(line)) {
            record = MAPPER.readTree(lineParser);
            if (lineParser.nextToken() != null) {
                throw refuse(lineNumber, null, line, ProblemCode.MALFORMED,
                        "PLOVER JSON Lines must have one record a line, got more after the record");
            }
        } catch (StreamReadException e) {
            throw refuse(lineNumber, null, line, ProblemCode.MALFORMED,
                    "PLOVER record must be JSON, got broken JSON at column " + e.getLocation().getColumnNr() + ": "
                            + jacksonMessage(e));
        } catch (JsonProcessingException e) {
            throw duplicate(lineNumber, e);
        }
        return map(record, lineNumber);
    }

    private RowRecords readArrayRow() throws IOException {
        JsonToken token;
        try {
            token = parser.nextToken();
        } catch (JsonEOFException e) {
            token = null;
        } catch (StreamReadException e) {
            throw broken(e, parser.currentLocation());
        }
        if (token == null) {
            ended = true;
            throw refuse(line(parser.currentLocation()), null, null, ProblemCode.MALFORMED,
                    "PLOVER array must end with ']', got the end of the input");
        }
        if (token == JsonToken.END_ARRAY) {
            ended = true;
            JsonToken after;
            try {
                after = parser.nextToken();
            } catch (StreamReadException e) {
                throw broken(e, parser.currentLocation());
            }
            if (after != null) {
                throw refuse(line(parser.currentTokenLocation()), null, null, ProblemCode.MALFORMED,
                        "PLOVER array must be the whole input, got more after its end");
            }
            return null;
        }
        long line = line(parser.currentTokenLocation());
        JsonStreamContext array = token.isStructStart() ? parser.getParsingContext().getParent()
                : parser.getParsingContext();
        JsonNode record;
        try {
            record = MAPPER.readTree(parser);
        } catch (StreamReadException e) {
            throw broken(e, e.getLocation());
        } catch (JsonProcessingException e) {
            try {
                while (parser.getParsingContext() != array || parser.currentToken() != JsonToken.END_OBJECT) {
                    if (parser.nextToken() == null) {
                        break;
                    }
                }
            } catch (StreamReadException broken) {
                throw broken(broken, broken.getLocation());
            }
            throw duplicate(line, e);
        }
        return map(record, line);
    }

    private long line(JsonLocation location) {
        return lineOffset + Math.max(1, location.getLineNr());
    }

    private RowException broken(StreamReadException e, JsonLocation location) {
        ended = true;
        return refuse(line(location), null, null, ProblemCode.MALFORMED, "PLOVER array must be JSON, got broken JSON "
                + "at line " + line(location) + ", column " + location.getColumnNr() + ": " + jacksonMessage(e)
                + "; nothing after it can be read");
    }

    private RowException duplicate(long line, JsonProcessingException e) {
        String name = nameIn(e.getOriginalMessage());
        if (name == null) {
            return refuse(line, null, null, ProblemCode.MALFORMED, "PLOVER record must be JSON, got "
                    + e.getOriginalMessage());
        }
        return refuse(line, name, null, ProblemCode.MALFORMED, "PLOVER record must have each field once, got '" + name
                + "' twice");
    }

    /** Jackson's message, without the name of the source that it does not show anyway. */
    private static String jacksonMessage(StreamReadException e) {
        return SOURCE.matcher(e.getOriginalMessage()).replaceAll("[");
    }

    /** The field name in Jackson's message of a duplicate field: {@code Duplicate field 'x' for ...}. */
    private static String nameIn(String message) {
        int start = message.indexOf('\'');
        int end = message.indexOf('\'', start + 1);
        return message.startsWith("Duplicate field") && start >= 0 && end > start ? message.substring(start + 1, end)
                : null;
    }

    private RowRecords map(JsonNode record, long line) throws RowException {
        try {
            return PloverRecords.toModel(record).withLine(line);
        } catch (CellRefusal e) {
            throw refuse(line, e.column(), e.value(), e.code(), e.getMessage());
        } catch (ValidationException e) {
            throw refuse(line, null, null, ProblemCode.MODEL_RULE, e.violations().get(0).message());
        }
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        text.close();
    }
}
