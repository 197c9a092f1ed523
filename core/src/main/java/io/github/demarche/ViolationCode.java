package io.github.demarche;

/**
 * The stable, machine-readable codes of the rules that Demarche values obey.
 *
 * <p>A code names the rule that was broken, not the attribute: the attribute is in
 * {@link Violation#path()}. Codes are part of the public contract and are never renamed within a
 * major version; new codes may be added.
 *
 * @since 0.1
 */
public enum ViolationCode {
    /** A required attribute was not given to a builder. */
    MISSING_ATTRIBUTE,
    /** A text attribute is empty or only white space. */
    BLANK,
    /** A text attribute is longer than the documented maximum. */
    TOO_LONG,
    /** A text attribute does not have the documented form (for example an identifier or a code). */
    MALFORMED,
    /** A list that needs at least one element is empty. */
    EMPTY,
    /** A list holds the same element twice where each must be unique. */
    DUPLICATE,
    /** A country code is not the ISO 3166-1 alpha-3 code of a country Demarche knows. */
    UNKNOWN_COUNTRY,
    /** A URL is not an absolute URI (one with a scheme; a web address also needs a host). */
    INVALID_URI,
    /** A language is not a well-formed BCP 47 language tag. */
    INVALID_LANGUAGE_TAG,
    /** An approximate date's text or parts do not form a valid date. */
    INVALID_DATE,
    /** An interval ends before it starts. */
    INTERVAL_INVERTED,
    /** A number is negative where only zero or more is allowed. */
    NEGATIVE,
    /** A number lies outside the documented range. */
    OUT_OF_RANGE,
    /** The bounds of a count are not ordered {@code low <= best <= high}. */
    COUNT_RANGE_INVERTED,
    /** An attribute is given that does not apply in this combination of values. */
    NOT_APPLICABLE,
    /** Attributes that are each valid contradict each other, such as a direct quote without its quote. */
    INCONSISTENT,
    /** An actor is affiliated with itself, directly or through its chain. */
    AFFILIATION_CYCLE,
    /** An actor's chain of affiliations is deeper than the documented maximum. */
    AFFILIATION_TOO_DEEP,
    /** A period of a cumulative figure starts after the figure's as-of date. */
    PERIOD_AFTER_AS_OF,
    /** Two values of a document share an identifier. */
    DUPLICATE_ID,
    /** A reference names an actor, event or report that the document does not hold. */
    UNKNOWN_REFERENCE,
    /** A reference names an identifier that the document holds with a different value. */
    CONFLICTING_REFERENCE,
    /** A value is dated after the publication date of the source that reports it. */
    DATED_AFTER_PUBLICATION,
    /**
     * A value holds more than the form it is to be written in can say, such as an instant with a
     * fraction of a second written as whole seconds; writing it would lose something.
     */
    NOT_REPRESENTABLE,

    /**
     * A well-formed code is not in the code book it claims, such as a CAMEO event code unknown to
     * its dialect or a name that is not a PLOVER event type, mode or context.
     *
     * @since 0.2
     */
    UNKNOWN_CODE,

    /**
     * A text holds a character that no text of the model may hold (a control character, an
     * unpaired surrogate, a noncharacter such as U+FFFE), or that this attribute may not hold (a
     * line break in a one-line text, a bidirectional override in a name); the message names the
     * character and its index.
     *
     * @since 0.2
     */
    INVALID_CHARACTER,

    /**
     * The horizon of a projected casualty figure, the date it is a projection for, lies before the
     * figure's as-of date.
     *
     * @since 0.2
     */
    HORIZON_BEFORE_AS_OF
}
