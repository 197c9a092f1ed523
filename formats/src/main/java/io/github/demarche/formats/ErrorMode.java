package io.github.demarche.formats;

/**
 * What a reader does with a row it refuses.
 *
 * @since 0.2
 */
public enum ErrorMode {
    /**
     * Throw a {@link RowException} for the first refused row: the default of the Java API, so that a
     * program never goes on with part of its data unnoticed. Reading may go on after it with the
     * next row.
     */
    FAIL_FAST,
    /**
     * Record a {@link RowProblem} for each refused row and go on with the next: the default of the
     * command line, which reports the problems at the end.
     */
    COLLECT
}
