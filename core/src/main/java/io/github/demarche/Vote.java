package io.github.demarche;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's vote on a document: "China and Russia voted against", "India abstained".
 *
 * <p>A vote is a position on the document ({@link VoteChoice#position()}), which alignment compares
 * with the positions of stances on the same document.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class Vote implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The member that voted. */
    private final Actor actor;
    /** How it voted. */
    private final VoteChoice choice;

    private Vote(Actor actor, VoteChoice choice) {
        this.actor = actor;
        this.choice = choice;
    }

    /**
     * Obtains a vote.
     *
     * @param actor  the member that voted, not null
     * @param choice  how it voted, not null
     * @return the vote, not null
     */
    public static Vote of(Actor actor, VoteChoice choice) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(choice, "choice");
        return new Vote(actor, choice);
    }

    /**
     * Gets the member that voted.
     *
     * @return the actor, not null
     */
    public Actor actor() {
        return actor;
    }

    /**
     * Gets how the member voted.
     *
     * @return the choice, not null
     */
    public VoteChoice choice() {
        return choice;
    }

    /**
     * Gets the position on the document that the vote amounts to.
     *
     * @return the position, empty for a member absent or not voting
     */
    public Optional<Position> position() {
        return choice.position();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Vote)) {
            return false;
        }
        Vote other = (Vote) obj;
        return actor.equals(other.actor) && choice == other.choice;
    }

    @Override
    public int hashCode() {
        return 31 * actor.hashCode() + choice.hashCode();
    }

    /**
     * Gets a short description: the actor's id and the choice.
     *
     * @return text such as {@code chn ABSTENTION}
     */
    @Override
    public String toString() {
        return actor.id() + " " + choice;
    }
}
