package io.github.demarche.analysis;

import io.github.demarche.CasualtyReport;
import io.github.demarche.QualifiedCount;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The casualty reports of one {@link CasualtyScope scope} reconciled: the current estimate and the
 * report it comes from, every report with its {@link ReportStatus status}, and every inconsistency
 * between reports. Conflicting figures are shown side by side, never averaged or dropped: every
 * report given appears exactly once in {@link #reports()}.
 *
 * <p><b>Inconsistencies.</b> Two reports of the scope are inconsistent when
 * {@link CasualtyReport#isConsistentWith(CasualtyReport)} fails, which compares like with like and
 * so happens by one of three rules ({@link CasualtyInconsistency.Kind}): a cumulative figure
 * certainly later than another cumulative figure but below it ({@code DECREASING_TOTAL}); two
 * figures whose as-of dates overlap, both cumulative or neither, with disjoint ranges
 * ({@code DISJOINT_RANGES}); or a figure that is not cumulative (the toll of a day or an event)
 * whose low bound is above the high bound of a cumulative figure whose as-of date overlaps its own
 * ({@code PART_EXCEEDS_TOTAL}). A day's toll below a running total of the same day is a part of
 * it, not a contradiction. Every report that is inconsistent with another is {@code CONFLICTING}
 * and appears in at least one listed inconsistency. To stay within {@code n log n}, the
 * inconsistencies listed are, for each conflicting report, each rule it breaks and each way it
 * breaks it (a figure above it, a figure below it), the one report that contradicts it most (the
 * highest low bound, the lowest high bound), not every inconsistent pair.
 *
 * <p><b>Current estimate.</b> Reports that are neither conflicting nor superseded are candidates.
 * If the scope has cumulative reports, the current report is the last cumulative candidate in
 * {@link CasualtyReport#BY_AS_OF} order (latest first day of the as-of date, then latest last day,
 * then greatest id); if the scope has none, the last candidate. There is no current report when
 * there is no such candidate: when the latest figures conflict, the reconciliation says so rather
 * than fall back on an older figure or pick one of the conflicting ones. The {@link #estimate()} is
 * the current report's count: its low and high bounds, and its best estimate where the source or an
 * analyst gave one; a vague count ("thousands") has none, and the reconciliation makes none up. Every
 * comparison uses the low and high bounds only, so vague counts are compared by the bounds that
 * {@link QualifiedCount} documents for them: "thousands" is consistent with "over 270", "dozens"
 * is not. Reports of the
 * current report's kind (both cumulative or neither) whose as-of dates overlap its own corroborate
 * it; a figure that is not cumulative beside a current total is a part of it, not a confirmation,
 * and stands beside it ({@link ReportStatus}).
 *
 * <p>From the reference article, with a figure of early March that the article's supersedes:
 * <pre>{@code
 * CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(killed, earlyMarch));
 * reconciliation.current();       // Optional[CasualtyReport[killed >270 civilians as of 2021-03-23]]
 * reconciliation.estimate();      // Optional[>270]: best 271, low 271, no high bound
 * reconciliation.reports();       // [ReconciledReport[killed-2021-03-early: SUPERSEDED],
 *                                 //  ReconciledReport[killed-2021-03-23: CURRENT]]
 * reconciliation.toString();      // CasualtyReconciliation[killed civilians in MMR: current >270 as of 2021-03-23,
 *                                 //     2 reports, 0 inconsistencies]
 * }</pre>
 *
 * <p>With "3 killed on March 23" beside it, a part of the total and no contradiction:
 * <pre>{@code
 * CasualtyReconciliation.of(List.of(killed, threeThatDay)).reports();
 *                                 // [ReconciledReport[killed-2021-03-23: CURRENT],
 *                                 //  ReconciledReport[killed-2021-03-23-day: STANDING]]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CasualtyReconciliation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The scope of the reports. */
    private final CasualtyScope scope;
    /** The current report, or null. */
    private final CasualtyReport current;
    /** Every report given, with its status, sorted by as-of date; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<ReconciledReport> reports;
    /** The inconsistencies found; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<CasualtyInconsistency> inconsistencies;

    private CasualtyReconciliation(CasualtyScope scope, CasualtyReport current, List<ReconciledReport> reports,
            List<CasualtyInconsistency> inconsistencies) {
        this.scope = scope;
        this.current = current;
        this.reports = reports;
        this.inconsistencies = inconsistencies;
    }

    /**
     * Obtains the reconciliation of reports that all have one scope.
     *
     * <p>Cost: a few sorts of the reports: {@code O(n log n)} time, {@code O(n)} memory.
     *
     * @param reports  the reports, not null, not empty, no null element, all of one scope
     * @return the reconciliation, not null
     * @throws IllegalArgumentException if there are no reports or they have different scopes
     */
    public static CasualtyReconciliation of(Collection<? extends CasualtyReport> reports) {
        Objects.requireNonNull(reports, "reports");
        Map<CasualtyScope, List<CasualtyReport>> byScope = Groupings.byScope(reports);
        if (byScope.size() != 1) {
            throw new IllegalArgumentException("CasualtyReconciliation.reports must all have one scope, got "
                    + (byScope.isEmpty() ? "no reports" : byScope.keySet().toString()));
        }
        Map.Entry<CasualtyScope, List<CasualtyReport>> only = byScope.entrySet().iterator().next();
        return reconcile(only.getKey(), only.getValue());
    }

    /**
     * Obtains the reconciliation of reports of any scopes: one per scope, in the order the scopes
     * first appear.
     *
     * <p>Cost: one pass to group the reports by scope, then a few sorts of each group:
     * {@code O(n log n)} time, {@code O(n)} memory.
     *
     * @param reports  the reports, not null, no null element
     * @return the reconciliations, one per scope, unmodifiable, empty if there are no reports
     */
    public static List<CasualtyReconciliation> byScope(Collection<? extends CasualtyReport> reports) {
        Objects.requireNonNull(reports, "reports");
        List<CasualtyReconciliation> reconciliations = new ArrayList<>();
        Groupings.byScope(reports).forEach((scope, group) -> reconciliations.add(reconcile(scope, group)));
        return List.copyOf(reconciliations);
    }

    private static CasualtyReconciliation reconcile(CasualtyScope scope, List<CasualtyReport> group) {
        CasualtyReport[] sorted = group.toArray(new CasualtyReport[0]);
        int[] firstDays = new int[sorted.length];
        int[] lastDays = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            firstDays[i] = DateOrder.firstDay(sorted[i].asOf());
            lastDays[i] = DateOrder.lastDay(sorted[i].asOf());
        }
        // so by first day of the as-of date, ascending; the days along with the reports
        DateOrder.sort(sorted, firstDays, lastDays, CasualtyReport.BY_AS_OF);
        Figures figures = new Figures(sorted, firstDays, lastDays);
        figures.findDecreasingTotals();
        figures.findDisjointRanges();
        figures.findPartsExceedingTotals();
        return figures.reconciliation(scope);
    }

    /**
     * Gets the scope of the reports.
     *
     * @return the scope, not null
     */
    public CasualtyScope scope() {
        return scope;
    }

    /**
     * Gets the report the current estimate comes from.
     *
     * @return the report, empty if every candidate is conflicting or superseded
     */
    public Optional<CasualtyReport> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Gets the current estimate: the count of the current report, with its low and high bounds and
     * its best estimate, which is empty for a vague count such as "thousands".
     *
     * @return the count, empty if there is no current report
     */
    public Optional<QualifiedCount> estimate() {
        return current().map(CasualtyReport::count);
    }

    /**
     * Gets every report given, each exactly once, with its status, sorted by
     * {@link CasualtyReport#BY_AS_OF} (reports that compare equal in the order given).
     *
     * @return the reports, unmodifiable, not null
     */
    public List<ReconciledReport> reports() {
        return reports;
    }

    /**
     * Gets the reports with a status, in the order of {@link #reports()}.
     *
     * <p>Cost: linear in the number of reports.
     *
     * @param status  the status, not null
     * @return the reports, unmodifiable, not null
     */
    public List<CasualtyReport> reports(ReportStatus status) {
        Objects.requireNonNull(status, "status");
        List<CasualtyReport> found = new ArrayList<>();
        for (ReconciledReport report : reports) {
            if (report.status() == status) {
                found.add(report.report());
            }
        }
        return List.copyOf(found);
    }

    /**
     * Gets the inconsistencies found, described in the class comment, sorted by the position of
     * their {@linkplain CasualtyInconsistency#first() first} report, then of their second, in
     * {@link #reports()}, then by kind.
     *
     * @return the inconsistencies, at most five per report, unmodifiable, not null
     */
    public List<CasualtyInconsistency> inconsistencies() {
        return inconsistencies;
    }

    /**
     * Checks if the reports are consistent with each other.
     *
     * @return true if there is no inconsistency
     */
    public boolean isConsistent() {
        return inconsistencies.isEmpty();
    }

    /**
     * Gets a short description: the scope, the current figure, how many reports and inconsistencies.
     *
     * @return text such as {@code CasualtyReconciliation[killed civilians in MMR: current >270 as of
     *     2021-03-23, 1 reports, 0 inconsistencies]}
     */
    @Override
    public String toString() {
        return "CasualtyReconciliation[" + scope.description() + ": " + (current == null ? "no current figure" : "current " + current.count() + " as of "
                + current.asOf()) + ", " + reports.size() + " reports, " + inconsistencies.size()
                + " inconsistencies]";
    }

    /** The figures of one scope's reports, sorted by {@link CasualtyReport#BY_AS_OF}, as arrays. */
    private static final class Figures {

        private final CasualtyReport[] reports;
        private final int size;
        /**
         * The first and last days of the as-of dates, as epoch days, the open ends clamped to
         * {@link Integer#MIN_VALUE} and {@link Integer#MAX_VALUE} ({@link DateOrder#firstDay},
         * {@link DateOrder#lastDay}): every other day of the model's years is far within the range of
         * {@code int}, so comparisons are kept.
         */
        private final int[] earliest;
        private final int[] latest;
        private final long[] low;
        /** The high bounds, {@code Long.MAX_VALUE} when unbounded. */
        private final long[] high;
        private final boolean[] cumulative;
        private final boolean[] conflicting;
        /**
         * The inconsistencies found, in the order found, the same one perhaps several times: the
         * ordinal of the kind, the first position and the second, of the first {@code found} entries.
         */
        private int[] foundKinds = new int[16];
        private int[] foundFirsts = new int[16];
        private int[] foundSeconds = new int[16];
        private int found;

        /**
         * Reads the figures of reports.
         *
         * @param reports  the reports, sorted by {@link CasualtyReport#BY_AS_OF}
         * @param earliest  the first day of each report's as-of date, kept
         * @param latest  the last day of each report's as-of date, kept
         */
        Figures(CasualtyReport[] reports, int[] earliest, int[] latest) {
            this.reports = reports;
            this.size = reports.length;
            this.earliest = earliest;
            this.latest = latest;
            low = new long[size];
            high = new long[size];
            cumulative = new boolean[size];
            conflicting = new boolean[size];
            for (int i = 0; i < size; i++) {
                CasualtyReport report = reports[i];
                low[i] = report.count().low();
                high[i] = report.count().high().orElse(Long.MAX_VALUE);
                cumulative[i] = report.isCumulative();
            }
        }

        /**
         * Records an inconsistency, its reports in the order {@link CasualtyInconsistency} keeps
         * them: the cumulative total first for {@code PART_EXCEEDS_TOTAL}, otherwise the earlier
         * position first (for {@code DECREASING_TOTAL}, the certainly earlier report). The same
         * inconsistency may be recorded twice; {@link #reconciliation} lists it once.
         */
        private void add(CasualtyInconsistency.Kind kind, int a, int b) {
            boolean byRole = kind == CasualtyInconsistency.Kind.PART_EXCEEDS_TOTAL;
            int first = byRole ? (cumulative[a] ? a : b) : Math.min(a, b);
            int second = first == a ? b : a;
            if (found == foundKinds.length) {
                foundKinds = Arrays.copyOf(foundKinds, found * 2);
                foundFirsts = Arrays.copyOf(foundFirsts, found * 2);
                foundSeconds = Arrays.copyOf(foundSeconds, found * 2);
            }
            foundKinds[found] = kind.ordinal();
            foundFirsts[found] = first;
            foundSeconds[found] = second;
            found++;
            conflicting[first] = true;
            conflicting[second] = true;
        }

        /**
         * For each cumulative report, the cumulative report certainly before it with the highest low
         * bound, and the one certainly after it with the lowest high bound: a prefix maximum over the
         * reports sorted by last day, and a suffix minimum over those sorted by first day. The
         * reports are visited by first day for the first, so that those over before each begins are
         * a prefix that only grows, and by last day for the second, so that those not begun after
         * each ends are too: no search.
         */
        void findDecreasingTotals() {
            int[] byFirstDay = positions(true);  // sorted by first day, as the reports are
            int count = byFirstDay.length;
            if (count < 2) {
                return;
            }
            int[] byLastDay = DaySort.sorted(latest, byFirstDay, false);
            int[] highestLowUpTo = new int[count];
            for (int i = 0; i < count; i++) {
                int position = byLastDay[i];
                highestLowUpTo[i] = i == 0 || low[position] > low[highestLowUpTo[i - 1]] ? position
                        : highestLowUpTo[i - 1];
            }
            int[] lowestHighFrom = new int[count];
            for (int i = count - 1; i >= 0; i--) {
                int position = byFirstDay[i];
                lowestHighFrom[i] = i == count - 1 || high[position] < high[lowestHighFrom[i + 1]] ? position
                        : lowestHighFrom[i + 1];
            }
            int before = 0;  // reports over before it begins
            for (int position : byFirstDay) {
                while (before < count && latest[byLastDay[before]] < earliest[position]) {
                    before++;
                }
                if (before > 0 && low[highestLowUpTo[before - 1]] > high[position]) {
                    add(CasualtyInconsistency.Kind.DECREASING_TOTAL, highestLowUpTo[before - 1], position);
                }
            }
            int after = 0;  // reports not begun after it ends
            for (int position : byLastDay) {
                while (after < count && earliest[byFirstDay[after]] <= latest[position]) {
                    after++;
                }
                if (after < count && high[lowestHighFrom[after]] < low[position]) {
                    add(CasualtyInconsistency.Kind.DECREASING_TOTAL, position, lowestHighFrom[after]);
                }
            }
        }

        /** The positions of the cumulative reports, or of the others, ascending. */
        private int[] positions(boolean ofCumulative) {
            int count = 0;
            for (boolean isCumulative : cumulative) {
                count += isCumulative == ofCumulative ? 1 : 0;
            }
            int[] positions = new int[count];
            int next = 0;
            for (int i = 0; i < size; i++) {
                if (cumulative[i] == ofCumulative) {
                    positions[next++] = i;
                }
            }
            return positions;
        }

        /**
         * For each report, among the reports of its kind (both cumulative or neither) whose as-of
         * dates overlap its own (itself included, which never contradicts itself), the one with the
         * highest low bound and the one with the lowest high bound.
         */
        void findDisjointRanges() {
            int[] totals = positions(true);
            int[] others = positions(false);
            findOverlapping(totals, totals, CasualtyInconsistency.Kind.DISJOINT_RANGES, true, true);
            findOverlapping(others, others, CasualtyInconsistency.Kind.DISJOINT_RANGES, true, true);
        }

        /**
         * For each report that is not cumulative, among the cumulative reports whose as-of dates
         * overlap its own, the one with the lowest high bound; for each cumulative report, among the
         * others whose as-of dates overlap its own, the one with the highest low bound.
         */
        void findPartsExceedingTotals() {
            int[] totals = positions(true);
            int[] parts = positions(false);
            findOverlapping(parts, totals, CasualtyInconsistency.Kind.PART_EXCEEDS_TOTAL, false, true);
            findOverlapping(totals, parts, CasualtyInconsistency.Kind.PART_EXCEEDS_TOTAL, true, false);
        }

        /**
         * For each query report, among the candidate reports whose as-of dates overlap its own, the
         * one with the highest low bound if it is above the query's high bound, and the one with the
         * lowest high bound if it is below the query's low bound, recorded as inconsistencies of a
         * kind. Offline sweep: queries by ascending last day insert every candidate that begins by
         * then into prefix-best trees indexed by descending last day, and ask the prefix of those
         * that end no earlier than the query begins. The length of that prefix is found for every
         * query beforehand, by one pass over the queries by first day. The sorts and that pass take
         * {@code O(q + c)} time for days that span a range not much wider than the reports
         * ({@link DaySort}); the trees take {@code O((q + c) log c)}.
         *
         * @param queries  positions of the reports to check, ascending, so sorted by first day
         * @param candidates  positions of the reports to check them against, ascending, so sorted by
         *     first day
         * @param kind  the kind of the inconsistencies found
         * @param above  whether to look for a candidate above each query
         * @param below  whether to look for a candidate below each query
         */
        private void findOverlapping(int[] queries, int[] candidates, CasualtyInconsistency.Kind kind, boolean above,
                boolean below) {
            int count = candidates.length;
            if (queries.length == 0 || count == 0) {
                return;
            }
            int[] byLastDayDescending = DaySort.sorted(latest, candidates, true);
            int[] rank = new int[size];  // by position; only candidates' entries are used
            for (int r = 0; r < count; r++) {
                rank[byLastDayDescending[r]] = r;
            }
            // by position; only queries' entries are used: the candidates ending on or after its first
            // day, a prefix of those by descending last day that shrinks as the first day grows
            int[] overlapping = new int[size];
            int ending = count;
            for (int position : queries) {
                while (ending > 0 && latest[byLastDayDescending[ending - 1]] < earliest[position]) {
                    ending--;
                }
                overlapping[position] = ending;
            }
            int[] queriesByLastDay = DaySort.sorted(latest, queries, false);
            PrefixBest highestLow = new PrefixBest(count, low, true);
            PrefixBest lowestHigh = new PrefixBest(count, high, false);
            int inserted = 0;
            for (int position : queriesByLastDay) {
                while (inserted < count && earliest[candidates[inserted]] <= latest[position]) {
                    int candidate = candidates[inserted];
                    if (above) {
                        highestLow.insert(rank[candidate], candidate);
                    }
                    if (below) {
                        lowestHigh.insert(rank[candidate], candidate);
                    }
                    inserted++;
                }
                if (above) {
                    int highest = highestLow.best(overlapping[position]);
                    if (highest >= 0 && low[highest] > high[position]) {
                        add(kind, position, highest);
                    }
                }
                if (below) {
                    int lowest = lowestHigh.best(overlapping[position]);
                    if (lowest >= 0 && high[lowest] < low[position]) {
                        add(kind, position, lowest);
                    }
                }
            }
        }

        CasualtyReconciliation reconciliation(CasualtyScope scope) {
            boolean anyCumulative = false;
            long lastCumulativeStart = Long.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                if (cumulative[i]) {
                    anyCumulative = true;
                    lastCumulativeStart = Math.max(lastCumulativeStart, earliest[i]);
                }
            }
            boolean[] superseded = new boolean[size];
            int current = -1;
            for (int i = size - 1; i >= 0; i--) {
                // some cumulative report begins after this cumulative one ends: it supersedes it
                superseded[i] = !conflicting[i] && cumulative[i] && lastCumulativeStart > latest[i];
                if (current < 0 && !conflicting[i] && !superseded[i] && (cumulative[i] || !anyCumulative)) {
                    current = i;
                }
            }
            List<ReconciledReport> reconciled = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                ReportStatus status;
                if (conflicting[i]) {
                    status = ReportStatus.CONFLICTING;
                } else if (superseded[i]) {
                    status = ReportStatus.SUPERSEDED;
                } else if (i == current) {
                    status = ReportStatus.CURRENT;
                } else if (current >= 0 && cumulative[i] == cumulative[current] && earliest[i] <= latest[current]
                        && earliest[current] <= latest[i]) {
                    status = ReportStatus.CORROBORATING;
                } else {
                    status = ReportStatus.STANDING;
                }
                reconciled.add(ReconciledReport.of(reports[i], status));
            }
            // by first position, then second, then kind: positions are small integers, sorted as days
            int[] order = new int[found];
            for (int i = 0; i < found; i++) {
                order[i] = i;
            }
            order = DaySort.sorted(foundKinds, order, false);
            order = DaySort.sorted(foundSeconds, order, false);
            order = DaySort.sorted(foundFirsts, order, false);
            List<CasualtyInconsistency> inconsistencies = new ArrayList<>(found);
            CasualtyInconsistency.Kind[] kinds = CasualtyInconsistency.Kind.values();
            for (int i = 0; i < found; i++) {
                int at = order[i];
                int previous = i == 0 ? -1 : order[i - 1];
                if (previous < 0 || foundFirsts[at] != foundFirsts[previous] || foundSeconds[at] != foundSeconds[previous]
                        || foundKinds[at] != foundKinds[previous]) {  // each once: the same ones are together
                    inconsistencies.add(CasualtyInconsistency.of(kinds[foundKinds[at]], reports[foundFirsts[at]],
                            reports[foundSeconds[at]]));
                }
            }
            return new CasualtyReconciliation(scope, current < 0 ? null : reports[current], List.copyOf(reconciled),
                    List.copyOf(inconsistencies));
        }
    }

    /**
     * A Fenwick tree of the best report (highest or lowest value) among those inserted at positions
     * below a bound; insertions only, so that the best of a prefix only improves.
     */
    private static final class PrefixBest {

        /** 1-based; each node the position of the best report of its range, -1 if none. */
        private final int[] tree;
        private final long[] values;
        private final boolean highest;

        PrefixBest(int size, long[] values, boolean highest) {
            this.tree = new int[size + 1];
            Arrays.fill(tree, -1);
            this.values = values;
            this.highest = highest;
        }

        private boolean better(int candidate, int incumbent) {
            return incumbent < 0 || (highest ? values[candidate] > values[incumbent]
                    : values[candidate] < values[incumbent]);
        }

        void insert(int index, int report) {
            for (int node = index + 1; node < tree.length; node += node & -node) {
                if (better(report, tree[node])) {
                    tree[node] = report;
                }
            }
        }

        /** The best report inserted at an index below {@code count}, -1 if none. */
        int best(int count) {
            int best = -1;
            for (int node = count; node > 0; node -= node & -node) {
                if (tree[node] >= 0 && better(tree[node], best)) {
                    best = tree[node];
                }
            }
            return best;
        }
    }
}
