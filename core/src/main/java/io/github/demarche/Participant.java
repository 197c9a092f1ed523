package io.github.demarche;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

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

    private static final long serialVersionUID = 2L;

    /** The actor. */
    private final Actor actor;
    /** The role it plays. */
    private final ParticipantRole role;
    /** Where the actor was, or null if not given. */
    private final Location location;

    private Participant(Actor actor, ParticipantRole role, Location location) {
        this.actor = actor;
        this.role = role;
        this.location = location;
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
        return new Participant(actor, role, null);
    }

    /**
     * Obtains a participant with the place where the actor was, as GDELT gives each actor's own
     * geography ({@code Actor1Geo_*}, {@code Actor2Geo_*}) beside the event's.
     *
     * @param actor  the actor, not null
     * @param role  the role it plays, not null
     * @param location  where the actor was, not null
     * @return the participant, not null
     * @since 0.2
     */
    public static Participant of(Actor actor, ParticipantRole role, Location location) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(location, "location");
        return new Participant(actor, role, location);
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

    /**
     * Gets where the actor was, where the source says so apart from the event's location.
     *
     * @return the location, empty if not given
     * @since 0.2
     */
    public Optional<Location> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Checks if this participant is the same actor in the same role as another, wherever each was.
     *
     * @param other  the other participant, not null
     * @return true if the actors have the same id and the roles are equal
     * @since 0.2
     */
    public boolean hasSameActorAndRoleAs(Participant other) {
        Objects.requireNonNull(other, "other");
        return actor.id().equals(other.actor.id()) && role == other.role;
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
        return actor.equals(other.actor) && role == other.role && Objects.equals(location, other.location);
    }

    @Override
    public int hashCode() {
        return (actor.hashCode() * 31 + role.hashCode()) * 31 + Objects.hashCode(location);
    }

    /**
     * Gets the participant as text.
     *
     * @return the actor's id, the role and the location if given, such as
     *     {@code wang-yi (PARTICIPANT)} or {@code chn-gov (TARGET) at China (35,105)}
     */
    @Override
    public String toString() {
        return actor.id() + " (" + role + ")" + (location == null ? "" : " at " + location);
    }
}
