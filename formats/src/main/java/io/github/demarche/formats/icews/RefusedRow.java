package io.github.demarche.formats.icews;

import io.github.demarche.formats.ProblemCode;

/**
 * Why {@link IcewsRows} cannot map a row to records, or records to a row: the column and cell at
 * fault (when one is), the {@link ProblemCode} and the message. An {@link IllegalArgumentException},
 * as the public methods of {@link IcewsRows} declare; the reader and the writer turn it into a
 * {@link io.github.demarche.formats.RowProblem} that names the input and the line.
 */
final class RefusedRow extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;
    private final ProblemCode code;

    RefusedRow(String column, String value, ProblemCode code, String message) {
        this(column, value, code, message, null);
    }

    RefusedRow(String column, String value, ProblemCode code, String message, Throwable cause) {
        super(message, cause);
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
