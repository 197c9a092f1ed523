package io.github.demarche.formats.internal;

import io.github.demarche.formats.ProblemCode;
import java.util.Objects;

/**
 * A cell (or a field of a JSON record) that a mapping refuses, with what a
 * {@link io.github.demarche.formats.RowProblem} needs besides the input and the line: the column,
 * the value as written, the {@link ProblemCode} and the message. The mappings throw it; the readers
 * and writers turn it into the {@code RowProblem} of their row. Thrown by the public {@code toModel}
 * and {@code toRow} methods of the mappings as the {@code IllegalArgumentException} they document.
 */
public final class CellRefusal extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The column or field at fault, or null. */
    private final String column;
    /** The value at fault as written, or null. */
    private final String value;
    /** What was wrong. */
    private final ProblemCode code;

    /**
     * Creates a refusal.
     *
     * @param column  the column or field at fault, or null if no one column is
     * @param value  the value at fault as written, or null
     * @param code  the code, not null
     * @param message  the message, not null
     */
    public CellRefusal(String column, String value, ProblemCode code, String message) {
        this(column, value, code, message, null);
    }

    /**
     * Creates a refusal with the exception that revealed it, such as the model's
     * {@code ValidationException}.
     *
     * @param column  the column or field at fault, or null if no one column is
     * @param value  the value at fault as written, or null
     * @param code  the code, not null
     * @param message  the message, not null
     * @param cause  the cause, or null
     */
    public CellRefusal(String column, String value, ProblemCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.column = column;
        this.value = value;
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Gets the column or field at fault.
     *
     * @return the column, or null if no one column is at fault
     */
    public String column() {
        return column;
    }

    /**
     * Gets the value at fault, as written.
     *
     * @return the value, or null
     */
    public String value() {
        return value;
    }

    /**
     * Gets the code.
     *
     * @return the code, not null
     */
    public ProblemCode code() {
        return code;
    }
}
