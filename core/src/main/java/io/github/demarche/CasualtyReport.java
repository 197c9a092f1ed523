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
 * <p><b>Figures as sources give them.</b> Besides the publication that carries it
 * ({@link #sources()}), a figure may name who it comes from, its {@link #originator()} ("according
 * to the Assistance Association for Political Prisoners"), and the actor that relays it, its
 * {@link #reportedBy()} ("the UN human rights office, citing local groups"); how sure it is as the
 * source presents it, its {@link #certainty()} ("figures that could not be independently
 * verified"); the source's own qualifications, its {@link #hedges()} ("the real toll is likely
 * considerably higher"); whether it counts what happened or projects what may happen, its
 * {@link #figureKind()} and {@link #horizon()} ("could pass one million within days"); and for
 * people forced from their homes, the {@link #origin()} and {@link #destination()} of their flight
 * ("fled to Thailand"). Late March 2021, after air strikes in Karen State:
 * <pre>{@code
 * CasualtyReport fled = CasualtyReport.builder().id("fled-thailand-2021-03-29")
 *         .type(CasualtyType.FLED_ABROAD)
 *         .count(QualifiedCount.about(3000).withWording("about 3,000"))
 *         .victims(Victims.of(VictimGroup.CIVILIANS))
 *         .origin(Location.of(CountryCode.of("MMR"), "Karen State"))
 *         .destination(Location.of(CountryCode.of("THA")))
 *         .originator(karenWomensOrganization)
 *         .certainty(FigureCertainty.UNVERIFIED)
 *         .addHedge(FigureHedge.of(FigureHedge.Kind.EXPECTED_TO_RISE))
 *         .asOf(ApproximateDate.parse("2021-03-28"))
 *         .source(reuters)
 *         .build();
 * }</pre>
 *
 * <p><b>Scope.</b> Two reports have the same scope when they count the same casualty type, the same
 * victims ({@link Victims#isSameAs(Victims)}), the same location, the same origin and destination,
 * and are of the same figure kind with the same horizon: a projection is a figure of another
 * question than a count of what happened, and "fled to Thailand" another figure than "fled to
 * India". Only reports of the same scope can confirm, contradict or supersede each other.
 *
 * <p><b>Series.</b> The originator, the
 * reporting actor, the certainty and the hedges do not enter the scope nor
 * {@link #isConsistentWith(CasualtyReport)} and {@link #supersedes(CasualtyReport)}, which compare
 * figures only. Reports of one scope that come from the same originator form a series; a report
 * {@linkplain #reportedBy() relayed} by another actor belongs to its originator's series, not to
 * the relay's, since a relay is not an independent count. The reconciliation
 * ({@code io.github.demarche.analysis.CasualtyReconciliation}) compares figures within a series,
 * and across series reports large gaps rather than let one series corroborate or supersede
 * another: a party's unverified tenfold claim neither confirms nor replaces a monitor's verified
 * minimum. A {@link FigureHedge.Kind#LIKELY_HIGHER},
 * {@link FigureHedge.Kind#MINIMUM MINIMUM}, {@link FigureHedge.Kind#INCOMPLETE INCOMPLETE} or
 * {@link FigureHedge.Kind#EXPECTED_TO_RISE EXPECTED_TO_RISE} hedge says the source expects the true
 * or final number above its figure, {@link FigureHedge.Kind#LIKELY_LOWER LIKELY_LOWER} below it;
 * neither changes the count's bounds, which stay those of the words the source used.
 *
 * <p><b>Comparison.</b> {@link #isConsistentWith(CasualtyReport)} and
 * {@link #supersedes(CasualtyReport)} compare reports of the same scope, like with like: two
 * cumulative figures, or two that are not, as totals or tolls of the same kind; a figure that is
 * not cumulative beside a cumulative one of the same time as a part of that total.
 * {@link #BY_AS_OF} sorts reports by their as-of date.
 *
 * <p>Rules: the id has the form of every identifier (see {@link Actor#id()}); the period of a
 * cumulative figure does not start after its as-of date; a reporting actor comes with an originator
 * and is another actor; each kind of hedge is given once; a horizon is given only for a projection
 * and is not before the as-of date; an origin and a destination are given only for a displacement
 * type ({@link CasualtyType#isDisplacement()}), and where both name a country, it is another one
 * for {@link CasualtyType#FLED_ABROAD} and the same one for {@link
 * CasualtyType#INTERNALLY_DISPLACED}; the count of a group the victims include ("including 44
 * children", {@link Victims#included()}) has a low bound not above the count's high bound. Dates
 * not after the source's publication (the as-of date and the period start, not the horizon, which
 * may point past it) and actors that are the dossier's (perpetrator, originator, reporting actor)
 * are checked by {@link Dossier}. This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CasualtyReport implements Serializable {

    private static final long serialVersionUID = 3L;

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
     * Gets who the figure comes from, where the source says so, apart from the publication that
     * carries it: "according to the Assistance Association for Political Prisoners", "the health
     * ministry said", "the UN refugee agency said". An unnamed originator ("local groups",
     * "monitors") is an actor too.
     *
     * @return the originator, or empty if the source does not say
     * @since 0.2
     */
    public abstract Optional<Actor> originator();

    /**
     * Gets the actor that relays the figure of its {@linkplain #originator() originator}, where
     * the source names both: in "the UN human rights office, citing local groups, said at least
     * 1,000 people had been killed", the UN office reports a figure that comes from the local
     * groups. The relay adds no count of its own: its figure belongs to the originator's series.
     * An actor that gives its own figure is the originator, without a reporting actor.
     *
     * @return the reporting actor, or empty if the figure is not relayed or the source does not say
     * @since 0.2
     */
    public abstract Optional<Actor> reportedBy();

    /**
     * Gets how sure the figure is as the source presents it: "the UN has verified at least…",
     * "figures that could not be independently verified", "a toll the government disputes".
     *
     * @return the certainty, or empty if the source does not say (none is to be inferred)
     * @since 0.2
     */
    public abstract Optional<FigureCertainty> certainty();

    /**
     * Gets the source's own qualifications of the figure, kept as data: "the real toll is likely
     * considerably higher", "the figure is expected to rise", "preliminary".
     *
     * @return the hedges, unmodifiable, each kind at most once, possibly empty
     * @since 0.2
     */
    public abstract List<FigureHedge> hedges();

    /**
     * Gets whether the figure counts what happened or projects what may happen ("could pass one
     * million within days").
     *
     * @return the figure kind, {@link FigureKind#REPORTED} unless set, not null
     * @since 0.2
     */
    public abstract FigureKind figureKind();

    /**
     * Gets the date a {@linkplain FigureKind#PROJECTION projection} is for: in "could pass one
     * million within days" said on March 3, the days after March 3 ({@code 2022-03-03/2022-03-10}).
     * It is not before the {@linkplain #asOf() as-of date} and may lie after the source's
     * publication.
     *
     * @return the horizon, empty for a reported figure or a projection that gives no date
     * @since 0.2
     */
    public abstract Optional<ApproximateDate> horizon();

    /**
     * Gets where the casualties occurred, or, for people forced from their homes, the area the
     * figure covers ("across the country"); the ends of their flight are {@link #origin()} and
     * {@link #destination()}.
     *
     * @return the location, not null
     */
    public abstract Optional<Location> location();

    /**
     * Gets where people forced from their homes fled from ("fled Karen State"), for a
     * {@linkplain CasualtyType#isDisplacement() displacement type} only.
     *
     * @return the origin, or empty
     * @since 0.2
     */
    public abstract Optional<Location> origin();

    /**
     * Gets where people forced from their homes fled to ("fled to Thailand", "sheltering in camps
     * in northern Shan State"), for a {@linkplain CasualtyType#isDisplacement() displacement type}
     * only.
     *
     * @return the destination, or empty
     * @since 0.2
     */
    public abstract Optional<Location> destination();

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
     * Checks if the figure is a {@linkplain FigureKind#PROJECTION projection} of what may happen.
     *
     * @return true if the figure kind is {@code PROJECTION}
     * @since 0.2
     */
    public boolean isProjection() {
        return figureKind() == FigureKind.PROJECTION;
    }

    /**
     * Checks if this report and another count the same thing: same casualty type, same victims,
     * same location, same origin and destination, same figure kind and horizon. The originator,
     * certainty and hedges do not enter: they say who gives the figure and how sure it is, not
     * what it counts.
     *
     * @param other  the other report, not null
     * @return true if both have the same scope
     */
    public boolean hasSameScopeAs(CasualtyReport other) {
        Objects.requireNonNull(other, "other");
        return type() == other.type() && victims().isSameAs(other.victims()) && location().equals(other.location())
                && origin().equals(other.origin()) && destination().equals(other.destination())
                && figureKind() == other.figureKind() && horizon().equals(other.horizon());
    }

    /**
     * The rules by which two figures of one scope cannot both be true: each is a way for
     * {@link #isConsistentWith(CasualtyReport)} to fail, and together they are all its ways, for
     * reports of the same scope. {@link #brokenRule(CasualtyReport)} names the one two reports break.
     *
     * @since 0.2
     */
    public enum ConsistencyRule {
        /**
         * Two cumulative figures, one's as-of date certainly after the other's, and the later one's
         * high bound below the earlier one's low bound: a toll since a period start does not fall.
         * "Over 270 killed since Feb. 1" as of March 23, then "exactly 260" as of March 24.
         */
        DECREASING_TOTAL,
        /**
         * Two figures, both cumulative or neither, whose as-of dates overlap and whose ranges (low to
         * high) are disjoint: at a time both cover, no number satisfies both. "Over 270 killed since
         * Feb. 1" and "250 killed since Feb. 1", both as of March 23.
         */
        DISJOINT_RANGES,
        /**
         * A cumulative figure and one that is not (the toll of a day or an event), whose as-of dates
         * overlap, and the latter's low bound above the former's high bound: a part of a toll does
         * not exceed the toll. "Exactly 260 killed since Feb. 1" and "261 killed on March 23", both
         * as of March 23.
         */
        PART_EXCEEDS_TOTAL
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
     * other and are not consistent, so a projection is never compared with a reported figure. Two
     * projections of one scope (the same horizon) are compared as reported figures are. Symmetric.
     * Each way to fail is a {@link ConsistencyRule}, named by {@link #brokenRule(CasualtyReport)}.
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
        return hasSameScopeAs(other) && ruleBrokenWith(other) == null;
    }

    /**
     * Gets the rule by which this report and another of the same scope cannot both be true: the
     * reason {@link #isConsistentWith(CasualtyReport)} fails for them. Symmetric. Reports of
     * different scope break no rule, though they are not consistent either: they say nothing about
     * each other.
     *
     * <p>From the reference article, "over 270 killed since Feb. 1, as of March 23" and a total of
     * "250 killed since Feb. 1" as of the same day break {@link ConsistencyRule#DISJOINT_RANGES};
     * with "3 killed on March 23" it breaks none.
     *
     * @param other  the other report, not null
     * @return the rule broken, empty if the reports are consistent or of different scopes
     * @since 0.2
     */
    public Optional<ConsistencyRule> brokenRule(CasualtyReport other) {
        Objects.requireNonNull(other, "other");
        return hasSameScopeAs(other) ? Optional.ofNullable(ruleBrokenWith(other)) : Optional.empty();
    }

    /** The rule this report and another of the same scope break, or null: the rules of isConsistentWith. */
    private ConsistencyRule ruleBrokenWith(CasualtyReport other) {
        if (asOf().overlaps(other.asOf())) {
            if (isCumulative() == other.isCumulative()) {
                return count().overlaps(other.count()) ? null : ConsistencyRule.DISJOINT_RANGES;
            }
            CasualtyReport total = isCumulative() ? this : other;
            CasualtyReport part = total == this ? other : this;
            return part.count().low() <= highOf(total) ? null : ConsistencyRule.PART_EXCEEDS_TOTAL;
        }
        if (!isCumulative() || !other.isCumulative()) {
            return null;
        }
        CasualtyReport later = asOf().isAfter(other.asOf()) ? this : other;
        CasualtyReport earlier = later == this ? other : this;
        return highOf(later) >= earlier.count().low() ? null : ConsistencyRule.DECREASING_TOTAL;
    }

    /** The high bound of a report's count, {@code Long.MAX_VALUE} when unbounded. */
    private static long highOf(CasualtyReport report) {
        return report.count().high().orElse(Long.MAX_VALUE);
    }

    /**
     * Checks if this report replaces another: same scope, both cumulative, and this one's as-of
     * date certainly later. A projection therefore replaces only an earlier projection for the
     * same horizon, and never a reported figure nor is replaced by one.
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
        checkAttribution(violations);
        violations.unique("hedges", hedges(), FigureHedge::kind, "name each kind of hedge once");
        checkHorizon(violations);
        checkDisplacement(violations);
        checkIncludedCounts(violations);
        violations.throwIfAny();
    }

    private void checkAttribution(Violations violations) {
        Optional<Actor> reportedBy = reportedBy();
        if (reportedBy.isEmpty()) {
            return;
        }
        Optional<Actor> originator = originator();
        if (originator.isEmpty()) {
            violations.addRaw("reportedBy", ViolationCode.INCONSISTENT, "come with an originator",
                    "reportedBy=" + Violations.show(reportedBy.get().id()) + " without an originator");
        } else if (originator.get().id().equals(reportedBy.get().id())) {
            violations.add("reportedBy", ViolationCode.INCONSISTENT, "be another actor than the originator",
                    reportedBy.get().id());
        }
    }

    private void checkHorizon(Violations violations) {
        Optional<ApproximateDate> horizon = horizon();
        if (horizon.isEmpty()) {
            return;
        }
        if (!isProjection()) {
            violations.addRaw("horizon", ViolationCode.NOT_APPLICABLE, "be empty unless figureKind is PROJECTION",
                    "horizon=" + horizon.get() + " for figureKind " + figureKind());
        } else if (horizon.get().isBefore(asOf())) {
            violations.addRaw("horizon", ViolationCode.HORIZON_BEFORE_AS_OF, "not be before asOf",
                    "horizon=" + horizon.get() + ", asOf=" + asOf());
        }
    }

    private void checkDisplacement(Violations violations) {
        Optional<Location> origin = origin();
        Optional<Location> destination = destination();
        if (!type().isDisplacement()) {
            origin.ifPresent(location -> notApplicable(violations, "origin", location));
            destination.ifPresent(location -> notApplicable(violations, "destination", location));
            return;
        }
        Optional<CountryCode> from = origin.flatMap(Location::country);
        Optional<CountryCode> to = destination.flatMap(Location::country);
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        if (type() == CasualtyType.FLED_ABROAD && from.equals(to)) {
            violations.addRaw("destination", ViolationCode.INCONSISTENT,
                    "be in another country than the origin when type is FLED_ABROAD",
                    "origin and destination in " + from.get());
        } else if (type() == CasualtyType.INTERNALLY_DISPLACED && !from.equals(to)) {
            violations.addRaw("destination", ViolationCode.INCONSISTENT,
                    "be in the origin's country when type is INTERNALLY_DISPLACED",
                    "origin in " + from.get() + ", destination in " + to.get());
        }
    }

    private void notApplicable(Violations violations, String path, Location location) {
        violations.addRaw(path, ViolationCode.NOT_APPLICABLE,
                "be empty unless type is DISPLACED, INTERNALLY_DISPLACED or FLED_ABROAD",
                path + "=" + location + " for type " + type());
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
     * Gets a short description: casualty type, count, victims, origin and destination, as-of date,
     * and for a projection its horizon.
     *
     * @return text such as {@code CasualtyReport[killed >270 civilians as of 2021-03-23]},
     *     {@code CasualtyReport[fled_abroad ~3000 civilians from Karen State, MMR to THA as of 2021-03-28]}
     *     or {@code CasualtyReport[fled_abroad >1000000 civilians as of 2022-03-03, projected for 2022-03-03/2022-03-10]}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CasualtyReport[").append(type().name().toLowerCase(Locale.ROOT))
                .append(' ').append(count()).append(' ').append(victims());
        origin().ifPresent(location -> text.append(" from ").append(location));
        destination().ifPresent(location -> text.append(" to ").append(location));
        text.append(" as of ").append(asOf());
        if (isProjection()) {
            text.append(", projected");
            horizon().ifPresent(date -> text.append(" for ").append(date));
        }
        return text.append(']').toString();
    }

    /**
     * Builds casualty reports. Obtain one from {@link CasualtyReport#builder()}; it is not
     * thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableCasualtyReport.Builder {

        /**
         * Creates a builder, with the default {@link FigureKind#REPORTED}; prefer
         * {@link CasualtyReport#builder()}.
         */
        public Builder() {
            figureKind(FigureKind.REPORTED);
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
         * and {@code asOf} ({@code figureKind} has a default). When any of them is not set, the exception carries one
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
