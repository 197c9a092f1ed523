package io.github.demarche.analysis;

import io.github.demarche.CasualtyReport.ConsistencyRule;
import io.github.demarche.CasualtyReport;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Two casualty reports of one scope that cannot both be true, and the rule they break: the
 * {@link ConsistencyRule} that {@link CasualtyReport#brokenRule(CasualtyReport)} names, the one
 * place where the rules are written. Together, the rules are exactly the cases where
 * {@link CasualtyReport#isConsistentWith(CasualtyReport)} fails for reports of the same scope.
 *
 * <p>From the reference article, "over 270 civilians killed since the coup as of Tuesday" against
 * a total of "250" since the coup as of the same Tuesday, or of "exactly 260" since the coup as of
 * 24 March; and a total of "exactly 260" since the coup as of Tuesday against "261 killed on
 * Tuesday" alone:
 * <pre>{@code
 * CasualtyInconsistency.of(DISJOINT_RANGES, killed, exactly250SameDay);
 * CasualtyInconsistency.of(DECREASING_TOTAL, killed, exactly260NextDay);
 * CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, exactly261OnTheDay, exactly260SameDay);
 * inconsistency.toString();   // CasualtyInconsistency[DECREASING_TOTAL: killed-2021-03-23 >270 as of 2021-03-23,
 *                             //     killed-2021-03-24 260 as of 2021-03-24]
 * }</pre>
 *
 * <p>For {@code DECREASING_TOTAL}, the earlier report is kept first; for {@code DISJOINT_RANGES},
 * the reports are kept in {@link CasualtyReport#BY_AS_OF} order; for {@code PART_EXCEEDS_TOTAL},
 * the cumulative total first and the part second. So the same two reports given either way make equal inconsistencies.
 * Two inconsistencies are equal when their kinds and reports are equal. This class is immutable,
 * thread-safe and value-based.
 *
 * @since 0.1
 */
public final class CasualtyInconsistency implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rule broken. */
    private final ConsistencyRule kind;
    /** The earlier report. */
    private final CasualtyReport first;
    /** The other report, of the same scope. */
    private final CasualtyReport second;

    private CasualtyInconsistency(ConsistencyRule kind, CasualtyReport first, CasualtyReport second) {
        this.kind = kind;
        this.first = first;
        this.second = second;
    }

    /**
     * Obtains an inconsistency, checking that the reports break the rule
     * ({@link CasualtyReport#brokenRule(CasualtyReport)}), the reports given in either order.
     *
     * @param kind  the rule broken, not null
     * @param first  one report, not null
     * @param second  the other report, not null
     * @return the inconsistency, its reports in the order the class comment gives, not null
     * @throws ValidationException if the reports do not break the rule, with one
     *     {@link ViolationCode#INCONSISTENT} violation at {@code kind}
     */
    static CasualtyInconsistency of(ConsistencyRule kind, CasualtyReport first, CasualtyReport second) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Optional<ConsistencyRule> broken = first.brokenRule(second);
        if (broken.isEmpty() || broken.get() != kind) {
            throw AnalysisViolations.exception("CasualtyInconsistency", "kind", ViolationCode.INCONSISTENT,
                    "be the rule the reports break", kind + " for " + describe(first) + " and " + describe(second)
                            + (broken.isPresent() ? ", which break " + broken.get()
                            : first.hasSameScopeAs(second) ? ", which break no rule"
                            : ", which are of different scopes " + CasualtyScope.of(first) + " and "
                                    + CasualtyScope.of(second)));
        }
        boolean swap;
        switch (kind) {
            case DECREASING_TOTAL:
                swap = first.asOf().isAfter(second.asOf());  // the earlier first
                break;
            case PART_EXCEEDS_TOTAL:
                swap = !first.isCumulative();  // the total first
                break;
            default:
                swap = CasualtyReport.BY_AS_OF.compare(first, second) > 0;
                break;
        }
        return swap ? new CasualtyInconsistency(kind, second, first) : new CasualtyInconsistency(kind, first, second);
    }

    /**
     * Gets the rule broken.
     *
     * @return the kind, not null
     */
    public ConsistencyRule kind() {
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
