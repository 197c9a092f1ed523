package io.github.demarche.formats;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when a row cannot be read into model records, or records cannot be written as a row of
 * a format. Its {@link #problem()} says where and why; its message is the problem's text, such as
 * <pre>gdelt2-export.tsv:12: column SQLDATE = "20191345": NOT_A_DATE: GDELT.SQLDATE must be a date yyyyMMdd</pre>
 *
 * @since 0.2
 */
public class RowException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Where and why the row was refused. */
    private final RowProblem problem;

    /**
     * Creates an exception for a problem.
     *
     * @param problem  the problem, not null
     */
    public RowException(RowProblem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.problem = problem;
    }

    /**
     * Creates an exception for a problem, with the exception that revealed it.
     *
     * @param problem  the problem, not null
     * @param cause  the cause, such as a {@code ValidationException}, may be null
     */
    public RowException(RowProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").toString(), cause);
        this.problem = problem;
    }

    /**
     * Gets the problem.
     *
     * @return the problem, not null
     */
    public RowProblem problem() {
        return problem;
    }
}
