package io.github.demarche.analysis;

/**
 * Which way an actor's stance moved between two stances on the
 * {@linkplain io.github.demarche.Stance#cooperationScore() cooperation–conflict scale}.
 *
 * <p>A direction is only given when the two stances are ordered in time, that is when the first
 * one's date is {@linkplain io.github.demarche.ApproximateDate#isBefore(
 * io.github.demarche.ApproximateDate) certainly before} the second's. Stances whose dates overlap,
 * such as one "in early March" and one "in March", are {@link #UNORDERED}: which came first is not
 * known, so neither is the direction.
 *
 * <p>From the reference article: Wang Yi's intent to mediate "in early March" (+5.0) and his support
 * for a political solution on 23 March (+3.4) are ordered, a shift {@code TOWARD_CONFLICT} by 1.6;
 * China's "deep concern" in March and the same support on 23 March are {@code UNORDERED}.
 *
 * @since 0.1
 */
public enum ShiftDirection {
    /** Ordered in time, and the later stance has the higher score. */
    TOWARD_COOPERATION,
    /** Ordered in time, and the later stance has the lower score. */
    TOWARD_CONFLICT,
    /** Ordered in time, and both stances have the same score. */
    UNCHANGED,
    /** Not ordered in time: the dates overlap, so there is no direction. */
    UNORDERED
}
