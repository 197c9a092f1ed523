package io.github.demarche.analysis;

import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Location;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a casualty report counts: the casualty type, the victims and the location, as compared by
 * {@link CasualtyReport#hasSameScopeAs(CasualtyReport)}. Only reports of one scope can confirm,
 * contradict or supersede each other, so reports are grouped by scope before they are reconciled.
 *
 * <p>From the reference article, "over 270 civilians have been killed [...] across the country":
 * <pre>{@code
 * CasualtyScope scope = CasualtyScope.of(killed);
 * scope.toString();           // CasualtyScope[killed civilians in MMR]
 * scope.includes(killed);     // true
 * }</pre>
 *
 * <p>Two scopes are equal when reports of each have the same scope: the same casualty type, the
 * same location, and victims that are the same group or actors with the same id
 * ({@link Victims#isSameAs(Victims)}). The {@link #victims()} kept are those of the report the scope
 * was obtained from. This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class CasualtyScope implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The victims key of each group, made once: a scope is made for every report grouped. */
    private static final String[] GROUP_KEYS = groupKeys();

    /** The casualty type. */
    private final CasualtyType type;
    /** The victims, as the report the scope was obtained from gives them. */
    private final Victims victims;
    /** The location. */
    private final Location location;
    /** The victim group's name or the victim actor's id, prefixed: what {@code isSameAs} compares. */
    private final String victimsKey;

    private CasualtyScope(CasualtyType type, Victims victims, Location location) {
        this.type = type;
        this.victims = victims;
        this.location = location;
        Optional<VictimGroup> group = victims.group();
        this.victimsKey = group.isPresent() ? GROUP_KEYS[group.get().ordinal()]
                : "actor:" + victims.actor().orElseThrow().id();
    }

    private static String[] groupKeys() {
        VictimGroup[] groups = VictimGroup.values();
        String[] keys = new String[groups.length];
        for (VictimGroup group : groups) {
            keys[group.ordinal()] = "group:" + group.name();
        }
        return keys;
    }

    /**
     * Obtains the scope of a report.
     *
     * @param report  the report, not null
     * @return the scope, not null
     */
    public static CasualtyScope of(CasualtyReport report) {
        Objects.requireNonNull(report, "report");
        return new CasualtyScope(report.type(), report.victims(), report.location().orElse(null));
    }

    /**
     * Gets the casualty type counted.
     *
     * @return the type, not null
     */
    public CasualtyType type() {
        return type;
    }

    /**
     * Gets the victims counted, as the report the scope was obtained from gives them.
     *
     * @return the victims, not null
     */
    public Victims victims() {
        return victims;
    }

    /**
     * Gets the location.
     *
     * @return the location, empty where the reports give none
     */
    public Optional<Location> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Checks if a report has this scope.
     *
     * @param report  the report, not null
     * @return true if the report counts this type of casualty among these victims at this location
     */
    public boolean includes(CasualtyReport report) {
        Objects.requireNonNull(report, "report");
        return equals(of(report));
    }

    /**
     * Checks if this scope is equal to another: same type, same victims (by group or actor id),
     * same location.
     *
     * @param obj  the other object, null gives false
     * @return true if reports of both scopes have the same scope
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof CasualtyScope)) {
            return false;
        }
        CasualtyScope other = (CasualtyScope) obj;
        return type == other.type && victimsKey.equals(other.victimsKey) && Objects.equals(location, other.location);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + victimsKey.hashCode()) * 31 + Objects.hashCode(location);
    }

    /**
     * Gets a short description: type, victims and location.
     *
     * @return text such as {@code CasualtyScope[killed civilians in MMR]}
     */
    @Override
    public String toString() {
        return "CasualtyScope[" + description() + "]";
    }

    /** The scope in words, such as {@code killed civilians in MMR}. */
    String description() {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + victims + (location == null ? "" : " in " + location);
    }
}
