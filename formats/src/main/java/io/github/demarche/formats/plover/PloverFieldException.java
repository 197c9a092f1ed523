package io.github.demarche.formats.plover;

import io.github.demarche.formats.ProblemCode;

/**
 * A PLOVER record that cannot be read, or records that cannot be written as one: the field at
 * fault (a path such as {@code source[0].actorText}), its value as written, and the code of the
 * problem. The readers and writers of this package turn it into a {@code RowProblem}.
 */
final class PloverFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final ProblemCode code;

    PloverFieldException(String field, String value, ProblemCode code, String message) {
        super(message);
        this.field = field;
        this.value = value;
        this.code = code;
    }

    /** The field at fault, or null if no one field is. */
    String field() {
        return field;
    }

    /** The value at fault as written (a string's text, else its JSON), or null. */
    String value() {
        return value;
    }

    ProblemCode code() {
        return code;
    }
}
