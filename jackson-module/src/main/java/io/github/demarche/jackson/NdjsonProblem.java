package io.github.demarche.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Serializable;
import java.util.Objects;

/**
 * A line of an NDJSON file that could not be read, as a reader {@linkplain
 * DemarcheNdjson.ErrorMode#COLLECT that collects problems} records it: the line number, the JSON
 * Pointer into the line, the message and the type of the Jackson exception, the same as the
 * {@link NdjsonException} that a fail-fast reader would throw, without the exception itself.
 * <pre>{@code
 * NdjsonProblem[line 7, at /statement/speakers/0/name: Actor.name must not be blank, got ' ']
 * }</pre>
 * A message longer than {@value #MAX_MESSAGE_LENGTH} characters (the core lists every violation of
 * a value, which for a hostile line can be many) is shortened, ending with {@code "..."}.
 *
 * <p>This class is immutable, thread-safe and value-based: two problems are equal when their four
 * attributes are.
 *
 * @since 0.1
 */
public final class NdjsonProblem implements Serializable {

    /** The longest message a problem keeps: {@value} characters. */
    public static final int MAX_MESSAGE_LENGTH = 1000;

    private static final long serialVersionUID = 1L;

    /** The number of the line, from 1. */
    private final long lineNumber;
    /** The JSON Pointer into the line, empty for the whole line. */
    private final String jsonPointer;
    /** The message, at most {@link #MAX_MESSAGE_LENGTH} characters. */
    private final String message;
    /** The type of the exception that rejected the line. */
    private final Class<? extends JsonProcessingException> exceptionType;

    private NdjsonProblem(long lineNumber, String jsonPointer, String message,
            Class<? extends JsonProcessingException> exceptionType) {
        this.lineNumber = lineNumber;
        this.jsonPointer = jsonPointer;
        this.message = message;
        this.exceptionType = exceptionType;
    }

    /**
     * Obtains a problem, shortening a message longer than {@value #MAX_MESSAGE_LENGTH} characters.
     *
     * @param lineNumber  the number of the line, from 1; blank lines count
     * @param jsonPointer  where in the line's JSON the problem is, as a JSON Pointer from the root of
     *     the line such as {@code /statement/speakers/0/name}; empty when it concerns the whole
     *     line; not null
     * @param message  what is wrong, such as {@code Actor.name must not be blank, got ' '}, not null
     * @param exceptionType  the type of the exception that rejected the line, such as
     *     {@code InvalidValueException.class}, not null
     * @return the problem, not null
     * @throws IllegalArgumentException if {@code lineNumber} is less than 1
     */
    public static NdjsonProblem of(long lineNumber, String jsonPointer, String message,
            Class<? extends JsonProcessingException> exceptionType) {
        Objects.requireNonNull(jsonPointer, "jsonPointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(exceptionType, "exceptionType");
        if (lineNumber < 1) {
            throw new IllegalArgumentException("NdjsonProblem.lineNumber must be at least 1, got " + lineNumber);
        }
        String shown = message;
        if (message.length() > MAX_MESSAGE_LENGTH) {
            int end = MAX_MESSAGE_LENGTH - 3;
            if (Character.isHighSurrogate(message.charAt(end - 1))) {
                end--;  // not half a character
            }
            shown = message.substring(0, end) + "...";
        }
        return new NdjsonProblem(lineNumber, jsonPointer, shown, exceptionType);
    }

    /**
     * Obtains the problem that an exception reports.
     *
     * @param exception  the exception, not null
     * @return the problem, not null
     */
    public static NdjsonProblem of(NdjsonException exception) {
        Objects.requireNonNull(exception, "exception");
        return of(exception.lineNumber(), exception.jsonPointer(), exception.getOriginalMessage(),
                exception.getCause().getClass());
    }

    /**
     * Gets the number of the line; the first line is 1, and blank lines count.
     *
     * @return the line number, at least 1
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Gets where in the line's JSON the problem is, as a JSON Pointer from the root of the line:
     * {@code /statement/speakers/0/name}.
     *
     * @return the pointer, empty when the problem concerns the whole line, not null
     */
    public String jsonPointer() {
        return jsonPointer;
    }

    /**
     * Gets what is wrong: the message of the exception that rejected the line, without the line
     * and the pointer, shortened past {@value #MAX_MESSAGE_LENGTH} characters.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    /**
     * Gets the type of the exception that rejected the line, such as
     * {@code InvalidValueException.class} or {@code JsonParseException.class}.
     *
     * @return the type, not null
     */
    public Class<? extends JsonProcessingException> exceptionType() {
        return exceptionType;
    }

    /**
     * Checks if this problem is equal to another: the same line, pointer, message and type of
     * exception.
     *
     * @param other  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof NdjsonProblem)) {
            return false;
        }
        NdjsonProblem that = (NdjsonProblem) other;
        return lineNumber == that.lineNumber && jsonPointer.equals(that.jsonPointer) && message.equals(that.message)
                && exceptionType.equals(that.exceptionType);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(lineNumber, jsonPointer, message, exceptionType);
    }

    /**
     * Gets a short description: the line, the pointer when there is one, and the message.
     *
     * @return {@code NdjsonProblem[line 7, at /statement/speakers/0/name: Actor.name must not be blank, got ' ']}
     */
    @Override
    public String toString() {
        return "NdjsonProblem[line " + lineNumber + (jsonPointer.isEmpty() ? "" : ", at " + jsonPointer) + ": "
                + message + "]";
    }
}
