package io.github.demarche.formats.ucdp;

import io.github.demarche.formats.ProblemCode;

/**
 * Why the mapping refuses a row, or cannot write records as one: the column at fault, the cell
 * (null when none), the code and the message. The reader and the writer turn it into a
 * {@link io.github.demarche.formats.RowException} that names the input and the line.
 */
final class CellProblem extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;
    private final ProblemCode code;

    CellProblem(String column, String value, ProblemCode code, String message) {
        super(message);
        this.column = column;
        this.value = value;
        this.code = code;
    }

    String column() {
        return column;
    }

    String value() {
        return value;
    }

    ProblemCode code() {
        return code;
    }
}
