package io.github.demarche;

import java.io.Serializable;
import java.util.Objects;

/**
 * An actor in an {@link Event}, with the role it plays.
 *
 * <p>From the reference article: {@code Participant.of(wangYi, ParticipantRole.PARTICIPANT)} in the
 * meeting with Lavrov.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class Participant implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The actor. */
    private final Actor actor;
    /** The role it plays. */
    private final ParticipantRole role;

    private Participant(Actor actor, ParticipantRole role) {
        this.actor = actor;
        this.role = role;
    }

    /**
     * Obtains a participant.
     *
     * @param actor  the actor, not null
     * @param role  the role it plays, not null
     * @return the participant, not null
     */
    public static Participant of(Actor actor, ParticipantRole role) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        return new Participant(actor, role);
    }

    /**
     * Gets the actor.
     *
     * @return the actor, not null
     */
    public Actor actor() {
        return actor;
    }

    /**
     * Gets the role the actor plays.
     *
     * @return the role, not null
     */
    public ParticipantRole role() {
        return role;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Participant)) {
            return false;
        }
        Participant other = (Participant) obj;
        return actor.equals(other.actor) && role == other.role;
    }

    @Override
    public int hashCode() {
        return actor.hashCode() * 31 + role.hashCode();
    }

    /**
     * Gets the participant as text.
     *
     * @return the actor's id and the role, such as {@code wang-yi (PARTICIPANT)}
     */
    @Override
    public String toString() {
        return actor.id() + " (" + role + ")";
    }
}
