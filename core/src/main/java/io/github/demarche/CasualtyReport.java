package io.github.demarche;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reported casualty figure: how many people, of which kind, suffered what, where, by whom, as of
 * when, according to whom.
 *
 * <p>From the reference article, "as of Tuesday, over 270 civilians have been killed by security
 * forces during crackdowns on pro-democracy demonstrators across the country", a cumulative figure
 * since the Feb. 1 coup:
 * <pre>{@code
 * CasualtyReport killed = CasualtyReport.builder().id("killed-2021-03-23")
 *         .type(CasualtyType.KILLED)
 *         .count(QualifiedCount.moreThan(270).withWording("over 270"))
 *         .victims(Victims.of(VictimGroup.CIVILIANS))
 *         .perpetrator(securityForces)
 *         .location(Location.of(CountryCode.of("MMR")))
 *         .asOf(ApproximateDate.parse("2021-03-23"))
 *         .periodStart(ApproximateDate.parse("2021-02-01"))
 *         .source(irrawaddy)
 *         .build();
 * killed.toString();   // CasualtyReport[killed >270 civilians as of 2021-03-23]
 * }</pre>
 *
 * <p><b>Scope.</b> Two reports have the same scope when they count the same casualty type, the same
 * victims ({@link Victims#isSameAs(Victims)}) and the same location. Only reports of the same
 * scope can confirm, contradict or supersede each other.
 *
 * <p><b>Comparison.</b> {@link #isConsistentWith(CasualtyReport)} and
 * {@link #supersedes(CasualtyReport)} compare reports of the same scope, like with like: two
 * cumulative figures, or two that are not, as totals or tolls of the same kind; a figure that is
 * not cumulative beside a cumulative one of the same time as a part of that total.
 * {@link #BY_AS_OF} sorts reports by their as-of date.
 *
 * <p>Rules: the id has the form of every identifier (see {@link Actor#id()}); the period of a
 * cumulative figure does not start after its as-of date; the count of a group the victims include
 * ("including 44 children", {@link Victims#included()}) has a low bound not above the count's high
 * bound. Dates not after the source's
 * publication are checked by {@link Dossier}. This class is immutable, thread-safe and
 * value-based.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CasualtyReport implements Serializable {

    private static final long serialVersionUID = 2L;

    /**
     * Sorts reports by as-of date ({@link ApproximateDate#CHRONOLOGICAL}), then by id. Consistent
     * with {@code equals} among reports with distinct ids, as in a {@link Dossier}.
     */
    public static final Comparator<CasualtyReport> BY_AS_OF = Comparator
            .comparing(CasualtyReport::asOf, ApproximateDate.CHRONOLOGICAL)
            .thenComparing(CasualtyReport::id);

    CasualtyReport() {
    }

    /**
     * Obtains a builder of casualty reports.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier of the report within its dossier.
     *
     * @return the id, not null
     */
    public abstract String id();

    /**
     * Gets what happened to the people counted.
     *
     * @return the casualty type, not null
     */
    public abstract CasualtyType type();

    /**
     * Gets the figure, with its qualifier and wording as the source states it.
     *
     * @return the count, not null
     */
    public abstract QualifiedCount count();

    /**
     * Gets who was counted.
     *
     * @return the victims, not null
     */
    public abstract Victims victims();

    /**
     * Gets who caused the casualties, where the source says so.
     *
     * @return the perpetrator, or empty
     */
    public abstract Optional<Actor> perpetrator();

    /**
     * Gets where the casualties occurred.
     *
     * @return the location, not null
     */
    public abstract Optional<Location> location();

    /**
     * Gets the date the figure holds as of.
     *
     * @return the as-of date, not null
     */
    public abstract ApproximateDate asOf();

    /**
     * Gets the start of the period a cumulative figure counts from ("since the Feb. 1 coup").
     *
     * @return the period start, empty if the figure is not cumulative
     */
    public abstract Optional<ApproximateDate> periodStart();


    /**
     * Gets where the report comes from: the reports and dataset rows it was taken from, at least one.
     *
     * @return the sources, unmodifiable, not empty
     * @since 0.2
     */
    public abstract List<SourceAttribution> sources();

    /**
     * Gets the ids that datasets give this report, kept as written beside {@link #id()}, such as
     * {@code gdelt:881990842}.
     *
     * @return the external ids, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract List<ExternalId> externalIds();

    /**
     * Gets the extension attributes: what a dataset carries about the report and the model does not
     * name, by key, with its type, such as {@code gdelt.NumMentions = 5}.
     *
     * @return the attributes, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract Map<String, AttributeValue> attributes();

    /**
     * Checks if the figure is cumulative, counting since a {@link #periodStart() period start}.
     *
     * @return true if a period start is given
     */
    public boolean isCumulative() {
        return periodStart().isPresent();
    }

    /**
     * Checks if this report and another count the same thing: same casualty type, same victims,
     * same location.
     *
     * @param other  the other report, not null
     * @return true if both have the same scope
     */
    public boolean hasSameScopeAs(CasualtyReport other) {
        Objects.requireNonNull(other, "other");
        return type() == other.type() && victims().isSameAs(other.victims()) && location().equals(other.location());
    }

    /**
     * Checks if this report and another of the same scope can both be true, comparing like with
     * like. Reports whose as-of dates overlap hold at the same time: if both are cumulative or
     * neither is, their ranges must overlap; if one is cumulative and the other is not, the other
     * (the toll of a day or an event) is a part of the cumulative total, so its low bound must not
     * exceed the total's high bound, and an unbounded total holds any part. Reports whose as-of
     * dates do not overlap: of two cumulative reports, the later one's high bound must reach the
     * earlier one's low bound (a cumulative toll does not fall); figures that are not both
     * cumulative do not constrain each other. Reports of different scope say nothing about each
     * other and are not consistent. Symmetric.
     *
     * <p>From the reference article, "over 270 killed since Feb. 1, as of March 23" is consistent
     * with "3 killed on March 23", which is a part of it, but not with a total of "250 killed since
     * Feb. 1" as of the same day; a total of "exactly 260" as of March 23 is not consistent with
     * "261 killed on March 23".
     *
     * @param other  the other report, not null
     * @return true if both have the same scope and compatible figures
     */
    public boolean isConsistentWith(CasualtyReport other) {
        Objects.requireNonNull(other, "other");
        if (!hasSameScopeAs(other)) {
            return false;
        }
        if (asOf().overlaps(other.asOf())) {
            if (isCumulative() == other.isCumulative()) {
                return count().overlaps(other.count());
            }
            CasualtyReport total = isCumulative() ? this : other;
            CasualtyReport part = total == this ? other : this;
            return part.count().low() <= total.count().high().orElse(Long.MAX_VALUE);
        }
        if (!isCumulative() || !other.isCumulative()) {
            return true;
        }
        CasualtyReport later = asOf().isAfter(other.asOf()) ? this : other;
        CasualtyReport earlier = later == this ? other : this;
        return later.count().high().orElse(Long.MAX_VALUE) >= earlier.count().low();
    }

    /**
     * Checks if this report replaces another: same scope, both cumulative, and this one's as-of
     * date certainly later.
     *
     * @param other  the other report, not null
     * @return true if this report supersedes the other
     */
    public boolean supersedes(CasualtyReport other) {
        Objects.requireNonNull(other, "other");
        return hasSameScopeAs(other) && isCumulative() && other.isCumulative() && asOf().isAfter(other.asOf());
    }

    @Value.Check
    final void check() {
        Violations violations = Violations.of("CasualtyReport");
        violations.id("id", id());
        violations.provenance(sources(), externalIds()).attributeKeys("attributes", attributes());
        periodStart().ifPresent(start -> {
            if (start.isAfter(asOf())) {
                violations.addRaw("periodStart", ViolationCode.PERIOD_AFTER_AS_OF, "not be after asOf",
                        "periodStart=" + start + ", asOf=" + asOf());
            }
        });
        checkIncludedCounts(violations);
        violations.throwIfAny();
    }

    /** A group included ("including 44 children") is a part of the count: its low not above the count's high. */
    private void checkIncludedCounts(Violations violations) {
        List<IncludedGroup> included = victims().included();
        long high = count().high().orElse(Long.MAX_VALUE);
        for (int i = 0; i < included.size(); i++) {
            Optional<QualifiedCount> part = included.get(i).count();
            if (part.isPresent() && part.get().low() > high) {
                violations.addRaw("victims.included[" + i + "].count", ViolationCode.INCONSISTENT,
                        "have a low bound not above the count's high bound",
                        "low=" + part.get().low() + ", high=" + high);
            }
        }
    }

    /**
     * Gets a short description: casualty type, count, victims and as-of date.
     *
     * @return text such as {@code CasualtyReport[killed >270 civilians as of 2021-03-23]}
     */
    @Override
    public String toString() {
        return "CasualtyReport[" + type().name().toLowerCase(Locale.ROOT) + " " + count() + " " + victims()
                + " as of " + asOf() + "]";
    }

    /**
     * Builds casualty reports. Obtain one from {@link CasualtyReport#builder()}; it is not
     * thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableCasualtyReport.Builder {

        /** Creates a builder; prefer {@link CasualtyReport#builder()}. */
        public Builder() {
        }

        /**
         * Checks the report this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds a casualty report from the attributes set on this builder.
         *
         * <p>The required attributes are {@code id}, {@code type}, {@code count}, {@code victims}
         * and {@code asOf}. When any of them is not set, the exception carries one
         * {@link ViolationCode#MISSING_ATTRIBUTE} violation per missing attribute, whose path is
         * the attribute's name, such as {@code CasualtyReport.count must be set, got nothing}. When
         * all are set, it carries every rule of {@link CasualtyReport} that the attributes break.
         *
         * @return the casualty report, not null
         * @throws ValidationException if a required attribute is not set or a rule is broken
         */
        @Override
        public CasualtyReport build() {
            return super.build();
        }
    }
}
