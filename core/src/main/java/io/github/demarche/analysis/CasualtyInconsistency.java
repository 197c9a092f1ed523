package io.github.demarche.analysis;

import io.github.demarche.CasualtyReport;
import java.io.Serializable;
import java.util.Objects;

/**
 * Two casualty reports of one scope that cannot both be true, and the rule they break. Together,
 * the two rules are exactly the cases where {@link CasualtyReport#isConsistentWith(CasualtyReport)}
 * fails for reports of the same scope.
 *
 * <p>From the reference article, "over 270 civilians killed as of Tuesday" against a figure of
 * "250" as of the same Tuesday, or of "exactly 260" since the coup as of 24 March:
 * <pre>{@code
 * CasualtyInconsistency.of(Kind.DISJOINT_RANGES, killed, exactly250SameDay);
 * CasualtyInconsistency.of(Kind.DECREASING_TOTAL, killed, exactly260NextDay);
 * inconsistency.toString();   // CasualtyInconsistency[DECREASING_TOTAL: killed-2021-03-23 >270 as of 2021-03-23,
 *                             //     killed-2021-03-24 260 as of 2021-03-24]
 * }</pre>
 *
 * <p>For {@code DISJOINT_RANGES}, which is symmetric, the reports are kept in
 * {@link CasualtyReport#BY_AS_OF} order, so that the same two reports given either way make equal
 * inconsistencies. Two inconsistencies are equal when their kinds and reports are equal. This class
 * is immutable, thread-safe and value-based.
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
         * Two figures whose as-of dates overlap and whose ranges (low to high) are disjoint: at a time
         * both cover, no number satisfies both.
         */
        DISJOINT_RANGES
    }

    /**
     * Obtains an inconsistency, checking that the reports break the rule.
     *
     * @param kind  the rule broken, not null
     * @param first  the earlier report: by as-of date for {@code DECREASING_TOTAL}; either for
     *     {@code DISJOINT_RANGES}, which keeps the two in {@link CasualtyReport#BY_AS_OF} order, not null
     * @param second  the other report, not null
     * @return the inconsistency, not null
     * @throws IllegalArgumentException if the reports differ in scope or do not break the rule
     */
    public static CasualtyInconsistency of(Kind kind, CasualtyReport first, CasualtyReport second) {
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
        } else {
            if (!first.asOf().overlaps(second.asOf()) || first.count().overlaps(second.count())) {
                throw new IllegalArgumentException("CasualtyInconsistency.second must overlap first in as-of date"
                        + " and not in range, got " + describe(first) + " and " + describe(second));
            }
            if (CasualtyReport.BY_AS_OF.compare(first, second) > 0) {
                return new CasualtyInconsistency(kind, second, first);
            }
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
     * Gets the earlier report: by as-of date for {@code DECREASING_TOTAL}, by
     * {@link CasualtyReport#BY_AS_OF} for {@code DISJOINT_RANGES}.
     *
     * @return the report, not null
     */
    public CasualtyReport first() {
        return first;
    }

    /**
     * Gets the other report.
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
