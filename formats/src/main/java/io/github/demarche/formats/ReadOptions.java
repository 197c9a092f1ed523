package io.github.demarche.formats;

import java.util.Objects;

/**
 * How a {@link FormatReader} reads: the name of the input that its problems name, what it does with
 * a refused row, and how many problems it keeps. Immutable; each {@code with..} method returns a
 * copy:
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults().withInput("export.CSV").withErrorMode(ErrorMode.COLLECT);
 * }</pre>
 *
 * @since 0.2
 */
public final class ReadOptions {

    /** The number of problems a reader keeps by default; it counts the others. */
    public static final int DEFAULT_MAX_PROBLEMS = 1000;

    private static final ReadOptions DEFAULTS = new ReadOptions("-", ErrorMode.FAIL_FAST, DEFAULT_MAX_PROBLEMS);

    private final String input;
    private final ErrorMode errorMode;
    private final int maxProblems;

    private ReadOptions(String input, ErrorMode errorMode, int maxProblems) {
        this.input = input;
        this.errorMode = errorMode;
        this.maxProblems = maxProblems;
    }

    /**
     * Gets the defaults: input {@code -}, {@link ErrorMode#FAIL_FAST}, {@value #DEFAULT_MAX_PROBLEMS} problems kept.
     *
     * @return the defaults, not null
     */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with the name of the input, as problems name it.
     *
     * @param input  a file name, or {@code -} for standard input; not blank
     * @return the options, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public ReadOptions withInput(String input) {
        Objects.requireNonNull(input, "input");
        if (input.isBlank()) {
            throw new IllegalArgumentException("ReadOptions.input must not be blank");
        }
        return new ReadOptions(input, errorMode, maxProblems);
    }

    /**
     * Returns a copy with the error mode.
     *
     * @param errorMode  the mode, not null
     * @return the options, not null
     */
    public ReadOptions withErrorMode(ErrorMode errorMode) {
        return new ReadOptions(input, Objects.requireNonNull(errorMode, "errorMode"), maxProblems);
    }

    /**
     * Returns a copy that keeps at most the given number of problems (it counts the others).
     *
     * @param maxProblems  the number, at least 0
     * @return the options, not null
     * @throws IllegalArgumentException if the number is negative
     */
    public ReadOptions withMaxProblems(int maxProblems) {
        if (maxProblems < 0) {
            throw new IllegalArgumentException("ReadOptions.maxProblems must be at least 0, got " + maxProblems);
        }
        return new ReadOptions(input, errorMode, maxProblems);
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
     * Gets the error mode.
     *
     * @return the mode, not null
     */
    public ErrorMode errorMode() {
        return errorMode;
    }

    /**
     * Gets the number of problems kept.
     *
     * @return the number, at least 0
     */
    public int maxProblems() {
        return maxProblems;
    }

    @Override
    public String toString() {
        return "ReadOptions[input " + input + ", " + errorMode + ", maxProblems " + maxProblems + "]";
    }
}
