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
 * {@link #agreesWith(Position) agree} when both are for or both against, and
 * {@link #opposes(Position) oppose} when one is for and the other against. Neutral, mixed and
 * conditional positions neither agree nor oppose, not even with themselves: two actors who only
 * made statements on a question, or who both had reservations, have not taken one side (a
 * statement that only reports a figure would otherwise make unrelated actors aligned).
 *
 * <p><b>Votes.</b> A member's vote on a document is a position on it: "voted in favour" is
 * {@link #FOR}, "voted against" {@link #AGAINST}, and "abstained" {@link #ABSTENTION}, a position
 * of its own. Votes are compared directly: the same vote agrees, a different vote opposes. So two
 * members who abstained agree, and a member who abstained and one who voted against (or in favour)
 * oppose: in a vote, declining to take a side is a choice that the others did not make. A member
 * absent or not voting has no position.
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
    CONDITIONAL,
    /**
     * Abstained in a vote on it: "China and India abstained". Agrees with another abstention and
     * opposes {@link #FOR} and {@link #AGAINST}.
     *
     * @since 0.2
     */
    ABSTENTION;

    /**
     * Checks if this position agrees with another: both are {@link #FOR}, both {@link #AGAINST},
     * or both {@link #ABSTENTION}. Symmetric.
     *
     * @param other  the other position, not null
     * @return true if both take the same side, or both abstained
     */
    public boolean agreesWith(Position other) {
        Objects.requireNonNull(other, "other");
        return this == other && (isSide() || this == ABSTENTION);
    }

    /**
     * Checks if this position takes a side: {@link #FOR} or {@link #AGAINST}.
     *
     * @return true for for and against, false for neutral, mixed, conditional and abstention
     */
    public boolean isSide() {
        return this == FOR || this == AGAINST;
    }

    /**
     * Checks if this position opposes another: one is {@link #FOR} and the other {@link #AGAINST},
     * or one is {@link #ABSTENTION} and the other {@link #FOR} or {@link #AGAINST}. Symmetric.
     *
     * @param other  the other position, not null
     * @return true if one is for and the other against, or one abstained and the other took a side
     */
    public boolean opposes(Position other) {
        Objects.requireNonNull(other, "other");
        return isSide() && other.isSide() && this != other
                || this == ABSTENTION && other.isSide() || isSide() && other == ABSTENTION;
    }
}
