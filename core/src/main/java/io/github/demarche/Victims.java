package io.github.demarche;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a casualty figure counts: a {@link VictimGroup group} such as civilians, or a named
 * {@link Actor}.
 *
 * <p>From the reference article: {@code Victims.of(VictimGroup.CIVILIANS)}.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class Victims implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The group, or null when the victims are an actor. */
    private final VictimGroup group;
    /** The actor, or null when the victims are a group. */
    private final Actor actor;

    private Victims(VictimGroup group, Actor actor) {
        this.group = group;
        this.actor = actor;
    }

    /**
     * Obtains victims that are a group of people.
     *
     * @param group  the group, not null
     * @return the victims, not null
     */
    public static Victims of(VictimGroup group) {
        Objects.requireNonNull(group, "group");
        return new Victims(group, null);
    }

    /**
     * Obtains victims that are a named actor, such as a protest movement.
     *
     * @param actor  the actor, not null
     * @return the victims, not null
     */
    public static Victims of(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return new Victims(null, actor);
    }

    /**
     * Gets the group of victims.
     *
     * @return the group, empty if the victims are an actor
     */
    public Optional<VictimGroup> group() {
        return Optional.ofNullable(group);
    }

    /**
     * Gets the actor the victims are.
     *
     * @return the actor, empty if the victims are a group
     */
    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    /**
     * Checks if these victims and others are the same people for the purpose of comparing figures:
     * the same group, or actors with the same id.
     *
     * @param other  the other victims, not null
     * @return true if both count the same people
     */
    public boolean isSameAs(Victims other) {
        Objects.requireNonNull(other, "other");
        if (group != null) {
            return group == other.group;
        }
        return other.actor != null && actor.id().equals(other.actor.id());
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Victims)) {
            return false;
        }
        Victims other = (Victims) obj;
        return group == other.group && Objects.equals(actor, other.actor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, actor);
    }

    /**
     * Gets the victims as text.
     *
     * @return the group in lower case, such as {@code civilians}, or the actor's id
     */
    @Override
    public String toString() {
        return group != null ? group.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : actor.id();
    }
}
