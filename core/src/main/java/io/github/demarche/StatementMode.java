package io.github.demarche;

/**
 * How the source conveys a statement.
 *
 * @since 0.1
 */
public enum StatementMode {
    /** The speaker's own words, in quotation marks; the statement carries the quote. */
    DIRECT_QUOTE,
    /** The speaker's words, reworded by the source ("Wang Yi said that Beijing will try…"). */
    PARAPHRASE,
    /** A position the source attributes without giving the words ("Beijing has denied…"). */
    REPORTED,
    /** A written statement, letter or note. */
    WRITTEN,
    /** A statement made together by two or more speakers, such as Wang Yi and Lavrov. */
    JOINT
}
