package io.github.demarche.analysis;

import io.github.demarche.CasualtyReport;
import java.io.Serializable;
import java.util.Objects;

/**
 * Two casualty reports of one scope that cannot both be true, and the rule they break. Together,
 * the three rules are exactly the cases where
 * {@link CasualtyReport#isConsistentWith(CasualtyReport)} fails for reports of the same scope.
 *
 * <p>From the reference article, "over 270 civilians killed since the coup as of Tuesday" against
 * a total of "250" since the coup as of the same Tuesday, or of "exactly 260" since the coup as of
 * 24 March; and a total of "exactly 260" since the coup as of Tuesday against "261 killed on
 * Tuesday" alone:
 * <pre>{@code
 * CasualtyInconsistency.of(Kind.DISJOINT_RANGES, killed, exactly250SameDay);
 * CasualtyInconsistency.of(Kind.DECREASING_TOTAL, killed, exactly260NextDay);
 * CasualtyInconsistency.of(Kind.PART_EXCEEDS_TOTAL, exactly261OnTheDay, exactly260SameDay);
 * inconsistency.toString();   // CasualtyInconsistency[DECREASING_TOTAL: killed-2021-03-23 >270 as of 2021-03-23,
 *                             //     killed-2021-03-24 260 as of 2021-03-24]
 * }</pre>
 *
 * <p>For {@code DISJOINT_RANGES}, which is symmetric, the reports are kept in
 * {@link CasualtyReport#BY_AS_OF} order; for {@code PART_EXCEEDS_TOTAL}, the cumulative total
 * first and the part second. So the same two reports given either way make equal inconsistencies.
 * Two inconsistencies are equal when their kinds and reports are equal. This class is immutable,
 * thread-safe and value-based.
 *
 * @since 0.1
 */
public final class CasualtyInconsistency implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rule broken. */
    private final Kind kind;
    /** The earlier report. */
    private final CasualtyReport first;
    /** The other report, of the same scope. */
    private final CasualtyReport second;

    private CasualtyInconsistency(Kind kind, CasualtyReport first, CasualtyReport second) {
        this.kind = kind;
        this.first = first;
        this.second = second;
    }

    /**
     * The rules two reports of one scope can break.
     *
     * @since 0.1
     */
    public enum Kind {
        /**
         * Two cumulative figures, the second's as-of date certainly after the first's, and the second's
         * high bound below the first's low bound: a toll since a period start does not fall.
         */
        DECREASING_TOTAL,
        /**
         * Two figures, both cumulative or neither, whose as-of dates overlap and whose ranges (low to
         * high) are disjoint: at a time both cover, no number satisfies both.
         */
        DISJOINT_RANGES,
        /**
         * A cumulative figure and one that is not (the toll of a day or an event), whose as-of dates
         * overlap, and the latter's low bound above the former's high bound: a part of a toll does
         * not exceed the toll.
         */
        PART_EXCEEDS_TOTAL
    }

    /**
     * Obtains an inconsistency, checking that the reports break the rule.
     *
     * @param kind  the rule broken, not null
     * @param first  the earlier report, by as-of date, for {@code DECREASING_TOTAL}; either for
     *     {@code DISJOINT_RANGES}, which keeps the two in {@link CasualtyReport#BY_AS_OF} order, and
     *     for {@code PART_EXCEEDS_TOTAL}, which keeps the cumulative total first, not null
     * @param second  the other report, not null
     * @return the inconsistency, not null
     * @throws IllegalArgumentException if the reports differ in scope or do not break the rule
     */
    static CasualtyInconsistency of(Kind kind, CasualtyReport first, CasualtyReport second) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!first.hasSameScopeAs(second)) {
            throw new IllegalArgumentException("CasualtyInconsistency.second must have the scope of first, got "
                    + CasualtyScope.of(first) + " and " + CasualtyScope.of(second));
        }
        if (kind == Kind.DECREASING_TOTAL) {
            if (!first.isCumulative() || !second.isCumulative() || !second.asOf().isAfter(first.asOf())
                    || high(second) >= first.count().low()) {
                throw new IllegalArgumentException("CasualtyInconsistency.second must be a cumulative figure dated"
                        + " after first's and below it, got " + describe(first) + " and " + describe(second));
            }
        } else if (kind == Kind.DISJOINT_RANGES) {
            if (!first.asOf().overlaps(second.asOf()) || first.isCumulative() != second.isCumulative()
                    || first.count().overlaps(second.count())) {
                throw new IllegalArgumentException("CasualtyInconsistency.second must overlap first in as-of date"
                        + " and not in range, both cumulative or neither, got " + describe(first) + " and "
                        + describe(second));
            }
            if (CasualtyReport.BY_AS_OF.compare(first, second) > 0) {
                return new CasualtyInconsistency(kind, second, first);
            }
        } else {
            if (!first.asOf().overlaps(second.asOf()) || first.isCumulative() == second.isCumulative()
                    || partOf(first, second).count().low() <= high(totalOf(first, second))) {
                throw new IllegalArgumentException("CasualtyInconsistency.second must overlap first in as-of date,"
                        + " one cumulative and the other not, with the part above the total, got " + describe(first)
                        + " and " + describe(second));
            }
            return new CasualtyInconsistency(kind, totalOf(first, second), partOf(first, second));
        }
        return new CasualtyInconsistency(kind, first, second);
    }

    /**
     * Gets the rule broken.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the first report: the earlier by as-of date for {@code DECREASING_TOTAL}, the earlier by
     * {@link CasualtyReport#BY_AS_OF} for {@code DISJOINT_RANGES}, the cumulative total for
     * {@code PART_EXCEEDS_TOTAL}.
     *
     * @return the report, not null
     */
    public CasualtyReport first() {
        return first;
    }

    /**
     * Gets the other report: for {@code PART_EXCEEDS_TOTAL}, the figure that is not cumulative.
     *
     * @return the report, of the same scope as {@link #first()}, not null
     */
    public CasualtyReport second() {
        return second;
    }

    /**
     * Checks if a report is one of the two.
     *
     * @param report  the report, not null
     * @return true if the report is equal to the first or the second
     */
    public boolean involves(CasualtyReport report) {
        Objects.requireNonNull(report, "report");
        return first.equals(report) || second.equals(report);
    }

    /**
     * Checks if this inconsistency is equal to another: same kind, equal reports.
     *
     * @param obj  the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof CasualtyInconsistency)) {
            return false;
        }
        CasualtyInconsistency other = (CasualtyInconsistency) obj;
        return kind == other.kind && first.equals(other.first) && second.equals(other.second);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, first, second);
    }

    private static long high(CasualtyReport report) {
        return report.count().high().orElse(Long.MAX_VALUE);
    }

    /** Of two reports, exactly one cumulative, the cumulative one. */
    private static CasualtyReport totalOf(CasualtyReport one, CasualtyReport other) {
        return one.isCumulative() ? one : other;
    }

    /** Of two reports, exactly one cumulative, the other one. */
    private static CasualtyReport partOf(CasualtyReport one, CasualtyReport other) {
        return one.isCumulative() ? other : one;
    }

    private static String describe(CasualtyReport report) {
        return report.id() + " " + report.count() + (report.isCumulative() ? " since " + report.periodStart().get()
                : "") + " as of " + report.asOf();
    }

    /**
     * Gets a short description: the rule and both reports' ids, figures and as-of dates.
     *
     * @return text such as {@code CasualtyInconsistency[DISJOINT_RANGES: killed-2021-03-23 >270 as of
     *     2021-03-23, killed-other 250 as of 2021-03-23]}
     */
    @Override
    public String toString() {
        return "CasualtyInconsistency[" + kind + ": " + first.id() + " " + first.count() + " as of " + first.asOf()
                + ", " + second.id() + " " + second.count() + " as of " + second.asOf() + "]";
    }
}
