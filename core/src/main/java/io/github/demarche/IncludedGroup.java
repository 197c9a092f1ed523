package io.github.demarche;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A group that a casualty figure says it includes, with its own count where the source gives one:
 * "women and children" in "killed 38 people, including women and children", or "44 children" in
 * "including 44 children".
 *
 * <pre>{@code
 * IncludedGroup.of(VictimGroup.CHILDREN);                               // children
 * IncludedGroup.of(VictimGroup.CHILDREN, QualifiedCount.exactly(44));   // 44 children
 * }</pre>
 *
 * <p>The count of a group included is a part of the figure's count: a
 * {@link CasualtyReport} checks that its low bound is not above the figure's high bound. Two
 * included groups are equal when their groups and counts are equal.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class IncludedGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The group. */
    private final VictimGroup group;
    /** The group's own count, or null when the source gives none. */
    private final QualifiedCount count;

    private IncludedGroup(VictimGroup group, QualifiedCount count) {
        this.group = group;
        this.count = count;
    }

    /**
     * Obtains a group included without a count of its own, such as "including women".
     *
     * @param group  the group, not null
     * @return the included group, not null
     */
    public static IncludedGroup of(VictimGroup group) {
        Objects.requireNonNull(group, "group");
        return new IncludedGroup(group, null);
    }

    /**
     * Obtains a group included with a count of its own, such as "including 44 children".
     *
     * @param group  the group, not null
     * @param count  the group's count, not null
     * @return the included group, not null
     */
    public static IncludedGroup of(VictimGroup group, QualifiedCount count) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(count, "count");
        return new IncludedGroup(group, count);
    }

    /**
     * Gets the group included.
     *
     * @return the group, not null
     */
    public VictimGroup group() {
        return group;
    }

    /**
     * Gets the group's own count, such as 44 in "including 44 children".
     *
     * @return the count, empty when the source gives none
     */
    public Optional<QualifiedCount> count() {
        return Optional.ofNullable(count);
    }

    /**
     * Checks if this included group equals another: same group and count.
     *
     * @param obj  the object to compare with, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof IncludedGroup)) {
            return false;
        }
        IncludedGroup other = (IncludedGroup) obj;
        return group == other.group && Objects.equals(count, other.count);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * group.hashCode() + Objects.hashCode(count);
    }

    /**
     * Gets the included group as text: its count, if any, then the group in lower case.
     *
     * @return text such as {@code children} or {@code 44 children}
     */
    @Override
    public String toString() {
        String name = name(group);
        return count == null ? name : count + " " + name;
    }

    /** The group in lower case, words apart: {@code medical workers}. */
    static String name(VictimGroup group) {
        return group.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Checks a deserialized included group.
     *
     * @return the checked included group
     * @throws ObjectStreamException if the stream holds no group
     */
    private Object readResolve() throws ObjectStreamException {
        if (group == null) {
            throw new InvalidObjectException("IncludedGroup.group must be set, got nothing");
        }
        return this;
    }
}
