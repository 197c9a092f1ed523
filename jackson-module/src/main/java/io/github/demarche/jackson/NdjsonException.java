package io.github.demarche.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Closeable;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a line of an NDJSON file cannot be read: it names the line, the position in the
 * line's JSON, and the Jackson exception that rejected the line.
 *
 * <p>The {@linkplain #getCause() cause} is the exception that reading the line as a document of
 * its own raised: an {@link InvalidValueException} or another mapping exception for a value that
 * breaks a rule or has the wrong shape, a {@code JsonParseException} for text that is not JSON or
 * not UTF-8, a {@code StreamConstraintsException} for a line beyond the
 * {@linkplain DemarcheJson#streamReadConstraints() limits}. This exception adds what that one
 * cannot know: the {@linkplain #lineNumber() number of the line} in the file, and the
 * {@linkplain #getPath() path} from the root of the line, which every cause has here, parse errors
 * included. For example, a statement whose first speaker has a blank name, on line 7:
 * <pre>{@code
 * try (NdjsonReader<Statement> reader = DemarcheNdjson.create().reader(file, Statement.class)) {
 *     reader.forEachRemaining(statements::add);
 * } catch (UncheckedIOException e) {
 *     NdjsonException bad = (NdjsonException) e.getCause();
 *     bad.lineNumber();                      // 7
 *     bad.jsonPointer();                     // "/statement/speakers/0/name"
 *     bad.getOriginalMessage();              // "Actor.name must not be blank, got ' '"
 *     bad.getMessage();                      // "line 7, at /statement/speakers/0/name: Actor.name must ..."
 *     bad.getCause();                        // the InvalidValueException
 * }
 * }</pre>
 * {@link #getLocation()} holds the line number and the column (in characters) where the problem
 * was found, when the parser knew it.
 *
 * @since 0.1
 */
public class NdjsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    /** The number of the line, from 1. */
    private final long lineNumber;

    /**
     * Creates an exception for a line.
     *
     * @param lineNumber  the number of the line, from 1
     * @param column  the column in the line where the problem was found, from 1; 0 or less if unknown
     * @param path  the path from the root of the line to the problem, not null
     * @param cause  the exception that rejected the line, not null
     * @throws IllegalArgumentException if {@code lineNumber} is less than 1
     */
    protected NdjsonException(long lineNumber, int column, List<Reference> path, JsonProcessingException cause) {
        super((Closeable) null, Objects.requireNonNull(cause, "cause").getOriginalMessage(), cause);
        if (lineNumber < 1) {
            throw new IllegalArgumentException("NdjsonException.lineNumber must be at least 1, got " + lineNumber);
        }
        this.lineNumber = lineNumber;
        this._location = location(lineNumber, column);
        this._path = new LinkedList<>(path);  // set, not prepended: no overridable call from a constructor
    }

    private static JsonLocation location(long lineNumber, int column) {
        return new JsonLocation(ContentReference.unknown(), -1L, -1L, (int) Math.min(lineNumber, Integer.MAX_VALUE),
                Math.max(column, 0));
    }

    /**
     * Gets the number of the line that could not be read; the first line of the file is 1, and
     * blank lines count.
     *
     * @return the line number, at least 1
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Gets where in the line's JSON the problem is, as a JSON Pointer (RFC 6901) from the root of
     * the line: {@code /statement/speakers/0/name}; the empty string when it concerns the whole line.
     *
     * @return the pointer, not null
     */
    public String jsonPointer() {
        return DemarcheJson.jsonPointer(this);
    }

    /**
     * Gets the Jackson exception that rejected the line.
     *
     * @return the cause, not null
     */
    @Override
    public JsonProcessingException getCause() {
        return (JsonProcessingException) super.getCause();
    }

    /**
     * Gets the message: the line, the pointer when there is one, and the {@linkplain
     * #getOriginalMessage() problem}, as in
     * {@code line 7, at /statement/speakers/0/name: Actor.name must not be blank, got ' '}.
     *
     * @return the message, not null
     */
    @Override
    public String getMessage() {
        String pointer = jsonPointer();
        return "line " + lineNumber + (pointer.isEmpty() ? "" : ", at " + pointer) + ": " + getOriginalMessage();
    }

    /**
     * Gets the {@linkplain #getMessage() message}.
     *
     * @return the message, not null
     */
    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }
}
