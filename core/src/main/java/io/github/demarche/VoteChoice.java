package io.github.demarche;

import java.util.Optional;

/**
 * How a member voted on a document: "13 in favour, none against, with 2 abstentions".
 *
 * @since 0.2
 */
public enum VoteChoice {
    /** Voted in favour: a position {@link Position#FOR} the document. */
    IN_FAVOUR(Position.FOR),
    /** Voted against ("vetoed", for a permanent member of the Security Council): {@link Position#AGAINST}. */
    AGAINST(Position.AGAINST),
    /** Abstained: "China and India abstained", the position {@link Position#ABSTENTION}. */
    ABSTENTION(Position.ABSTENTION),
    /** Absent, or present and not voting: no position. */
    NOT_VOTING(null);

    private final Position position;

    VoteChoice(Position position) {
        this.position = position;
    }

    /**
     * Gets the position on the document that the vote amounts to.
     *
     * @return {@link Position#FOR}, {@link Position#AGAINST} or {@link Position#ABSTENTION}; empty
     *     for {@link #NOT_VOTING}
     */
    public Optional<Position> position() {
        return Optional.ofNullable(position);
    }
}
