package io.github.demarche;

/**
 * How a source qualifies a figure it states: "over 270", "about 270", "between 270 and 300".
 *
 * <p>The qualifier decides the bounds that a {@link QualifiedCount} derives from the figure; the
 * table is in the documentation of {@link QualifiedCount}.
 *
 * @since 0.1
 */
public enum CountQualifier {
    /** The figure is exact: "270 civilians have been killed". */
    EXACTLY,
    /** The true number is above the figure: "over 270", "more than 270". */
    MORE_THAN,
    /** The true number is the figure or above: "at least 270", "270 or more". */
    AT_LEAST,
    /** The true number is near the figure: "about 270", "some 270", "around 270". */
    ABOUT,
    /** The true number is the figure or below: "up to 270", "as many as 270". */
    UP_TO,
    /** The true number is below the figure: "fewer than 270", "under 270". */
    FEWER_THAN,
    /** The true number lies between two figures, both included: "between 270 and 300", "270 to 300". */
    BETWEEN
}
