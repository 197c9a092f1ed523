package io.github.demarche.formats;

/**
 * What was wrong with a row that a reader or writer refused: the code that a {@link RowProblem}
 * carries and that the command line's summary counts problems by.
 *
 * @since 0.2
 */
public enum ProblemCode {
    /** The row has another number of fields than its format has columns ("a GDELT event row has 57, 58 or 61 fields, got 12"). */
    FIELD_COUNT,
    /** A cell that must be a date or a date-time is not one ({@code 2019-13-45}, {@code yesterday}). */
    NOT_A_DATE,
    /** A cell that must be a number is not one, or not in range ({@code twelve}, a latitude of 95). */
    NOT_A_NUMBER,
    /** A cell holds a code that its code book does not list (a CAMEO event code {@code 999}, a PLOVER type {@code PARLEY}). */
    UNKNOWN_CODE,
    /** The cells are well formed, but the model's rules refuse the record they make (a UCDP row with low above best). */
    MODEL_RULE,
    /** The row is not text of its format at all: broken quoting, JSON that does not parse, a record of no known kind. */
    MALFORMED,
    /** The records cannot be written in the target format: it has no column for what they hold. */
    NOT_WRITABLE
}
