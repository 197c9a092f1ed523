package io.github.demarche.formats;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;

/**
 * A row that was refused, and why: the input it came from, the line where it begins, the column and
 * the value at fault when one is, a {@link ProblemCode}, and the message (the model's own message
 * when its rules refused the row). Its {@link #toString()} is the line the command line prints:
 * <pre>ucdp-ged-BGD.hdx.csv:64: column high = "0": MODEL_RULE: QualifiedCount.bounds must satisfy low &lt;= best &lt;= high, got low=0, best=3, high=0</pre>
 *
 * <p>Values and messages are cut to {@value #MAX_TEXT} characters, so that a report stays
 * readable whatever the row held. Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class RowProblem implements Serializable {

    /** The most characters kept of a value or a message. */
    public static final int MAX_TEXT = 500;

    private static final long serialVersionUID = 1L;

    /** The name of the input, such as a file name; {@code -} for standard input. */
    private final String input;
    /** The line where the row begins, from 1; 0 for records made in code. */
    private final long line;
    /** The column at fault, or null. */
    private final String column;
    /** The cell at fault as written, cut to {@link #MAX_TEXT} characters, or null. */
    private final String value;
    /** What was wrong. */
    private final ProblemCode code;
    /** The message, cut to {@link #MAX_TEXT} characters. */
    private final String message;

    private RowProblem(String input, long line, String column, String value, ProblemCode code, String message) {
        this.input = input;
        this.line = line;
        this.column = column;
        this.value = value;
        this.code = code;
        this.message = message;
    }

    /**
     * Obtains a problem of a whole row, such as a wrong number of fields.
     *
     * @param input  the name of the input, such as a file name, or {@code -} for standard input; not null
     * @param line  the line where the row begins, from 1 (0 for records made in code)
     * @param code  the code, not null
     * @param message  the message, not null
     * @return the problem, not null
     * @throws IllegalArgumentException if the line is negative
     */
    public static RowProblem of(String input, long line, ProblemCode code, String message) {
        return of(input, line, null, null, code, message);
    }

    /**
     * Obtains a problem of one cell of a row.
     *
     * @param input  the name of the input, not null
     * @param line  the line where the row begins, from 1 (0 for records made in code)
     * @param column  the column, as the format names it (a JSON field for PLOVER), or null if no one column is at fault
     * @param value  the cell as written, or null if no one cell is at fault
     * @param code  the code, not null
     * @param message  the message, not null
     * @return the problem, not null
     * @throws IllegalArgumentException if the line is negative
     */
    public static RowProblem of(String input, long line, String column, String value, ProblemCode code,
            String message) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("RowProblem.line must be at least 0, got " + line);
        }
        return new RowProblem(input, line, column, value == null ? null : StringUtils.abbreviate(value, MAX_TEXT),
                code, StringUtils.abbreviate(message, MAX_TEXT));
    }

    /**
     * Gets the name of the input.
     *
     * @return the name, not null
     */
    public String input() {
        return input;
    }

    /**
     * Gets the line where the row begins.
     *
     * @return the line, from 1; 0 for records made in code
     */
    public long line() {
        return line;
    }

    /**
     * Gets the column at fault.
     *
     * @return the column, empty if the fault is not one column's
     */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /**
     * Gets the value at fault, as written (cut to {@value #MAX_TEXT} characters).
     *
     * @return the value, empty if the fault is not one cell's
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Gets the code.
     *
     * @return the code, not null
     */
    public ProblemCode code() {
        return code;
    }

    /**
     * Gets the message.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof RowProblem other && line == other.line && input.equals(other.input)
                && Objects.equals(column, other.column) && Objects.equals(value, other.value) && code == other.code
                && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, line, column, value, code, message);
    }

    /**
     * Gets the problem as one line: {@code input:line: column C = "value": CODE: message}, the
     * column and value parts only when given.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(input).append(':').append(line).append(": ");
        if (column != null) {
            text.append("column ").append(column);
            if (value != null) {
                text.append(" = \"").append(value).append('"');
            }
            text.append(": ");
        } else if (value != null) {
            text.append('"').append(value).append("\": ");
        }
        return text.append(code).append(": ").append(message).toString();
    }
}
