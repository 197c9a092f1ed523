package io.github.demarche.formats.gdelt;

import io.github.demarche.formats.ProblemCode;

/**
 * Why the cells of a GDELT row cannot be read (or, for a writer, would not be read back): the
 * column and cell at fault, when one is, the code and the message that a reader's
 * {@code RowProblem} carries. Unchecked, so that the row mapping can throw it from deep in; the
 * reader and the writer turn it into a {@code RowException}.
 */
final class CellRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The column at fault, or null. */
    final String column;
    /** The cell at fault, or null. */
    final String value;
    /** The code. */
    final ProblemCode code;

    CellRefusal(String column, String value, ProblemCode code, String message) {
        this(column, value, code, message, null);
    }

    CellRefusal(String column, String value, ProblemCode code, String message, Throwable cause) {
        super(message, cause, false, false);
        this.column = column;
        this.value = value;
        this.code = code;
    }
}
