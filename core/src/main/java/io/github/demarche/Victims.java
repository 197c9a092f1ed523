package io.github.demarche;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who a casualty figure counts: a {@link VictimGroup group} such as civilians, or a named
 * {@link Actor}; and the groups the figure says it includes, each with its own count where the
 * source gives one.
 *
 * <p>From the reference article: {@code Victims.of(VictimGroup.CIVILIANS)}. "Killed 38 people,
 * including women and children", and "including 44 children":
 * <pre>{@code
 * Victims.of(VictimGroup.CIVILIANS).including(VictimGroup.WOMEN, VictimGroup.CHILDREN);
 *                                    // civilians including women, children
 * Victims.of(VictimGroup.CIVILIANS).including(VictimGroup.CHILDREN, QualifiedCount.exactly(44));
 *                                    // civilians including 44 children
 * }</pre>
 *
 * <p>The groups included say who is among the victims; they do not change who the victims are. So
 * {@link #isSameAs(Victims)}, which decides the scope of a figure, ignores them: a report of 38
 * civilians killed "including women and children" and one of "over 40 civilians" count the same
 * people and are compared with each other. {@link #equals(Object)} keeps them apart.
 *
 * <p>Rules: no group is included twice, and the victims' own group is not included in itself
 * ("civilians including civilians"); a broken rule throws a {@link ValidationException}, and
 * {@link #validateIncluded(Collection)} reports the same violations without throwing. The count of
 * an included group is a part of the figure's count: {@link CasualtyReport} checks that its low
 * bound is not above the figure's high bound.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class Victims implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TYPE = "Victims";

    /** The group, or null when the victims are an actor. */
    private final VictimGroup group;
    /** The actor, or null when the victims are a group. */
    private final Actor actor;
    /** The groups included, in the source's order; unmodifiable; null only in an old stream. */
    @SuppressWarnings("serial")  // an unmodifiable JDK list: serializable, unlike its type
    private final List<IncludedGroup> included;

    private Victims(VictimGroup group, Actor actor, List<IncludedGroup> included) {
        this.group = group;
        this.actor = actor;
        this.included = included;
    }

    /**
     * Obtains victims that are a group of people.
     *
     * @param group  the group, not null
     * @return the victims, not null
     */
    public static Victims of(VictimGroup group) {
        Objects.requireNonNull(group, "group");
        return new Victims(group, null, List.of());
    }

    /**
     * Obtains victims that are a named actor, such as a protest movement.
     *
     * @param actor  the actor, not null
     * @return the victims, not null
     */
    public static Victims of(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return new Victims(null, actor, List.of());
    }

    /**
     * Obtains a copy of these victims that also includes groups without counts of their own, such
     * as "including women and children".
     *
     * @param groups  the groups, added after those already included, not null, no null element
     * @return the victims with the groups included, not null
     * @throws ValidationException if a group is included twice ({@code DUPLICATE}) or is the
     *     victims' own group ({@code INCONSISTENT})
     * @since 0.2
     */
    public Victims including(VictimGroup... groups) {
        Objects.requireNonNull(groups, "groups");
        List<IncludedGroup> all = new ArrayList<>(included);
        for (VictimGroup each : groups) {
            all.add(IncludedGroup.of(each));
        }
        return withIncluded(all);
    }

    /**
     * Obtains a copy of these victims that also includes a group with a count of its own, such as
     * "including 44 children".
     *
     * @param group  the group, not null
     * @param count  the group's count, not null
     * @return the victims with the group included, not null
     * @throws ValidationException if the group is already included ({@code DUPLICATE}) or is the
     *     victims' own group ({@code INCONSISTENT})
     * @since 0.2
     */
    public Victims including(VictimGroup group, QualifiedCount count) {
        List<IncludedGroup> all = new ArrayList<>(included);
        all.add(IncludedGroup.of(group, count));
        return withIncluded(all);
    }

    /**
     * Obtains a copy of these victims with exactly the given groups included, in place of those
     * included so far.
     *
     * @param included  the groups included, in the source's order, not null, no null element
     * @return the victims with the groups included, this if they are already, not null
     * @throws ValidationException if a group is included twice ({@code DUPLICATE}) or is the
     *     victims' own group ({@code INCONSISTENT})
     * @since 0.2
     */
    public Victims withIncluded(Collection<IncludedGroup> included) {
        List<IncludedGroup> copy = List.copyOf(included);
        if (copy.equals(this.included)) {
            return this;
        }
        checkIncluded(copy).throwIfAny();
        return new Victims(group, actor, copy);
    }

    /**
     * Checks if groups can be included in these victims, without throwing.
     *
     * @param included  the groups included, not null, no null element
     * @return the violations {@link #withIncluded(Collection)} would throw, empty if it would succeed
     * @since 0.2
     */
    public List<Violation> validateIncluded(Collection<IncludedGroup> included) {
        return checkIncluded(List.copyOf(included)).list();
    }

    private Violations checkIncluded(List<IncludedGroup> included) {
        Violations violations = Violations.of(TYPE);
        Set<VictimGroup> seen = EnumSet.noneOf(VictimGroup.class);
        for (int i = 0; i < included.size(); i++) {
            VictimGroup each = included.get(i).group();
            String path = "included[" + i + "].group";
            if (each == group) {
                violations.add(path, ViolationCode.INCONSISTENT, "not be the victims' own group",
                        IncludedGroup.name(each));
            } else if (!seen.add(each)) {
                violations.add(path, ViolationCode.DUPLICATE, "not repeat a group already included",
                        IncludedGroup.name(each));
            }
        }
        return violations;
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
     * Gets the groups the figure says it includes, such as women and children.
     *
     * @return the groups included, in the source's order, unmodifiable, possibly empty
     * @since 0.2
     */
    public List<IncludedGroup> included() {
        return included;
    }

    /**
     * Checks if these victims and others are the same people for the purpose of comparing figures:
     * the same group, or actors with the same id. The groups included are not compared: "38
     * civilians, including women and children" counts the same people as "over 40 civilians".
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

    /**
     * Checks if these victims equal others: same group or actor, and same groups included in the
     * same order.
     *
     * @param obj  the object to compare with, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Victims)) {
            return false;
        }
        Victims other = (Victims) obj;
        return group == other.group && Objects.equals(actor, other.actor) && included.equals(other.included);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(group, actor, included);
    }

    /**
     * Gets the victims as text.
     *
     * @return the group in lower case, such as {@code civilians}, or the actor's id; then the groups
     *     included, such as {@code civilians including women, 44 children}
     */
    @Override
    public String toString() {
        String who = group != null ? IncludedGroup.name(group) : actor.id();
        if (included.isEmpty()) {
            return who;
        }
        StringBuilder text = new StringBuilder(who).append(" including ");
        for (int i = 0; i < included.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(included.get(i));
        }
        return text.toString();
    }

    /**
     * Checks deserialized victims by building them again, so that a stream cannot produce victims
     * that break the rules; a stream written before groups could be included has none.
     *
     * @return the checked victims
     * @throws ObjectStreamException if the stream holds invalid victims
     */
    private Object readResolve() throws ObjectStreamException {
        if ((group == null) == (actor == null)) {
            throw new InvalidObjectException("Victims must be a group or an actor, got group=" + group
                    + ", actor=" + actor);
        }
        try {
            Victims victims = group != null ? of(group) : of(actor);
            return included == null ? victims : victims.withIncluded(included);
        } catch (ValidationException | NullPointerException e) {
            InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }
}
