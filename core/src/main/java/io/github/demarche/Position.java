package io.github.demarche;

import java.util.Objects;

/**
 * What the holder of a stance is for or against on its target, apart from how the stance was
 * coded and scored.
 *
 * <p>A council that "strongly condemned the violence" and a bloc that "called for an immediate
 * end to the violence" are both {@link #AGAINST} the violence, although CAMEO codes the first as a
 * condemnation (Goldstein −2.0) and the second as an appeal (+3.0): positions say what actors want,
 * the Goldstein score how cooperative an act is between actors. Two positions
 * {@link #agreesWith(Position) agree} when they are the same, and {@link #opposes(Position)
 * oppose} when one is for and the other against; every other pair (one neutral, one mixed, one
 * conditional) neither agrees nor opposes.
 *
 * @since 0.2
 */
public enum Position {
    /** For the target: support, praise, an appeal or demand for it. */
    FOR,
    /** Against the target: concern about it, criticism, an accusation, a rejection, a threat. */
    AGAINST,
    /** Neither for nor against: a statement, a consultation, a comment without a side. */
    NEUTRAL,
    /** For some of it and against some of it, as a stance on a draft the holder partly objects to. */
    MIXED,
    /** For it only under a condition the source states, as support "if the violence ends". */
    CONDITIONAL;

    /**
     * Checks if this position agrees with another: they are the same. Symmetric.
     *
     * @param other  the other position, not null
     * @return true if both are the same position
     */
    public boolean agreesWith(Position other) {
        Objects.requireNonNull(other, "other");
        return this == other;
    }

    /**
     * Checks if this position opposes another: one is {@link #FOR} and the other {@link #AGAINST}.
     * Symmetric.
     *
     * @param other  the other position, not null
     * @return true if one is for and the other against
     */
    public boolean opposes(Position other) {
        Objects.requireNonNull(other, "other");
        return this == FOR && other == AGAINST || this == AGAINST && other == FOR;
    }
}
