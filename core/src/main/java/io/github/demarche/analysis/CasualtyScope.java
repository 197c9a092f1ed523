package io.github.demarche.analysis;

import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.FigureKind;
import io.github.demarche.Location;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a casualty report counts: the casualty type, the victims, the location, where displaced
 * people came from and went, and whether the figure is reported or projected (and for when), as
 * compared by {@link CasualtyReport#hasSameScopeAs(CasualtyReport)}. Only reports of one scope can confirm,
 * contradict or supersede each other, so reports are grouped by scope before they are reconciled.
 *
 * <p>From the reference article, "over 270 civilians have been killed [...] across the country":
 * <pre>{@code
 * CasualtyScope scope = CasualtyScope.of(killed);
 * scope.toString();           // CasualtyScope[killed civilians in MMR]
 * scope.includes(killed);     // true
 * }</pre>
 *
 * <p>Two scopes are equal exactly when reports of each have the same scope: the same casualty type,
 * the same location, origin and destination, the same figure kind and horizon, and victims that are
 * the same group or actors with the same id ({@link Victims#isSameAs(Victims)}). The {@link #victims()} kept are those of the report the scope
 * was obtained from. This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class CasualtyScope implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The victims key of each group, made once: a scope is made for every report grouped. */
    private static final String[] GROUP_KEYS = groupKeys();

    /** The casualty type. */
    private final CasualtyType type;
    /** The victims, as the report the scope was obtained from gives them. */
    private final Victims victims;
    /** The location, or null. */
    private final Location location;
    /** Where displaced people came from, or null. */
    private final Location origin;
    /** Where displaced people went, or null. */
    private final Location destination;
    /** Whether the figure is reported or projected. */
    private final FigureKind figureKind;
    /** The date a projection is for, or null. */
    private final ApproximateDate horizon;
    /** The victim group's name or the victim actor's id, prefixed: what {@code isSameAs} compares. */
    private final String victimsKey;

    private CasualtyScope(CasualtyReport report) {
        this.type = report.type();
        this.victims = report.victims();
        this.location = report.location().orElse(null);
        this.origin = report.origin().orElse(null);
        this.destination = report.destination().orElse(null);
        this.figureKind = report.figureKind();
        this.horizon = report.horizon().orElse(null);
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
        return new CasualtyScope(report);
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
     * Gets where displaced people came from.
     *
     * @return the origin, empty unless the reports give one
     * @since 0.2
     */
    public Optional<Location> origin() {
        return Optional.ofNullable(origin);
    }

    /**
     * Gets where displaced people went.
     *
     * @return the destination, empty unless the reports give one
     * @since 0.2
     */
    public Optional<Location> destination() {
        return Optional.ofNullable(destination);
    }

    /**
     * Gets whether the figures are reported or projected.
     *
     * @return the figure kind, not null
     * @since 0.2
     */
    public FigureKind figureKind() {
        return figureKind;
    }

    /**
     * Gets the date projected figures are for.
     *
     * @return the horizon, empty unless the reports are projections that give one
     * @since 0.2
     */
    public Optional<ApproximateDate> horizon() {
        return Optional.ofNullable(horizon);
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
     * same location, origin, destination, figure kind and horizon.
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
        return type == other.type && victimsKey.equals(other.victimsKey) && Objects.equals(location, other.location)
                && Objects.equals(origin, other.origin) && Objects.equals(destination, other.destination)
                && figureKind == other.figureKind && Objects.equals(horizon, other.horizon);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(type, victimsKey, location, origin, destination, figureKind, horizon);
    }

    /**
     * Gets a short description: type, victims, location, origin and destination, and the horizon of
     * projected figures.
     *
     * @return text such as {@code CasualtyScope[killed civilians in MMR]} or
     *     {@code CasualtyScope[fled abroad civilians from Karen State, MMR to THA]}
     */
    @Override
    public String toString() {
        return "CasualtyScope[" + description() + "]";
    }

    /** The scope in words, such as {@code killed civilians in MMR}. */
    String description() {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + victims
                + (location == null ? "" : " in " + location) + (origin == null ? "" : " from " + origin)
                + (destination == null ? "" : " to " + destination)
                + (figureKind == FigureKind.PROJECTION ? ", projected" + (horizon == null ? "" : " for " + horizon) : "");
    }
}
