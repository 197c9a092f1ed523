package io.github.demarche.analysis;

import io.github.demarche.CasualtyReport.ConsistencyRule;
import io.github.demarche.CasualtyReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fast path of {@link SeriesVerdicts}: the verdicts of a large series in {@code n log n} time,
 * by sweeps over the reports' days instead of asking the predicates of every pair. Each sweep
 * finds, for each report, the report that contradicts it most under one rule, so each re-states a
 * clause of {@link CasualtyReport#isConsistentWith(CasualtyReport)} in terms of days and bounds:
 * <ul>
 *   <li>{@link #findDecreasingTotals()}: {@link ConsistencyRule#DECREASING_TOTAL}, two cumulative
 *       figures, one certainly after the other (the other's last day before its first day), the
 *       later's high bound below the earlier's low bound;</li>
 *   <li>{@link #findDisjointRanges()}: {@link ConsistencyRule#DISJOINT_RANGES}, two figures of one
 *       kind (both cumulative or neither) whose days overlap, with disjoint ranges;</li>
 *   <li>{@link #findPartsExceedingTotals()}: {@link ConsistencyRule#PART_EXCEEDS_TOTAL}, a part and
 *       a total whose days overlap, the part's low bound above the total's high bound;</li>
 *   <li>{@link #verdicts()}: {@link CasualtyReport#supersedes(CasualtyReport)}, a cumulative figure
 *       superseded when some cumulative figure begins after it ends.</li>
 * </ul>
 * Ties among equally strong contradictions go to the first position, as in
 * {@link SeriesVerdicts#pairwise}. The reconciliation builds each inconsistency found through
 * {@link CasualtyInconsistency}, which checks it against the predicate; the seeded property tests
 * prove the verdicts equal to the pairwise ones.
 */
final class FigureSweep {

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
    /** The inconsistencies found, in the order found, the same one perhaps several times. */
    private final List<SeriesVerdicts.Contradiction> found = new ArrayList<>();

    /**
     * Reads the figures of reports.
     *
     * @param reports  the reports, sorted by {@link CasualtyReport#BY_AS_OF}
     * @param earliest  the first day of each report's as-of date, kept
     * @param latest  the last day of each report's as-of date, kept
     */
    private FigureSweep(CasualtyReport[] reports, int[] earliest, int[] latest) {
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
     * The verdicts of a series.
     *
     * @param reports  the series, sorted by {@link CasualtyReport#BY_AS_OF}
     * @param earliest  the first day of each report's as-of date ({@link DateOrder#firstDay})
     * @param latest  the last day of each report's as-of date ({@link DateOrder#lastDay})
     */
    static SeriesVerdicts verdicts(CasualtyReport[] reports, int[] earliest, int[] latest) {
        FigureSweep sweep = new FigureSweep(reports, earliest, latest);
        sweep.findDecreasingTotals();
        sweep.findDisjointRanges();
        sweep.findPartsExceedingTotals();
        return sweep.verdicts();
    }

    /** Records an inconsistency; {@link SeriesVerdicts} lists each once. */
    private void add(ConsistencyRule rule, int a, int b) {
        found.add(SeriesVerdicts.Contradiction.of(rule, a, b, reports));
        conflicting[a] = true;
        conflicting[b] = true;
    }

    /** Of two positions whose values tie, or not: whether the first is better, the first position winning ties. */
    private static boolean better(long[] values, boolean highest, int candidate, int incumbent) {
        if (incumbent < 0) {
            return true;
        }
        if (values[candidate] != values[incumbent]) {
            return highest == values[candidate] > values[incumbent];
        }
        return candidate < incumbent;
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
            highestLowUpTo[i] = i == 0 || better(low, true, position, highestLowUpTo[i - 1]) ? position
                    : highestLowUpTo[i - 1];
        }
        int[] lowestHighFrom = new int[count];
        for (int i = count - 1; i >= 0; i--) {
            int position = byFirstDay[i];
            lowestHighFrom[i] = i == count - 1 || better(high, false, position, lowestHighFrom[i + 1]) ? position
                    : lowestHighFrom[i + 1];
        }
        int before = 0;  // reports over before it begins
        for (int position : byFirstDay) {
            while (before < count && latest[byLastDay[before]] < earliest[position]) {
                before++;
            }
            if (before > 0 && low[highestLowUpTo[before - 1]] > high[position]) {
                add(ConsistencyRule.DECREASING_TOTAL, highestLowUpTo[before - 1], position);
            }
        }
        int after = 0;  // reports not begun after it ends
        for (int position : byLastDay) {
            while (after < count && earliest[byFirstDay[after]] <= latest[position]) {
                after++;
            }
            if (after < count && high[lowestHighFrom[after]] < low[position]) {
                add(ConsistencyRule.DECREASING_TOTAL, position, lowestHighFrom[after]);
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
        findOverlapping(totals, totals, ConsistencyRule.DISJOINT_RANGES, true, true);
        findOverlapping(others, others, ConsistencyRule.DISJOINT_RANGES, true, true);
    }

    /**
     * For each report that is not cumulative, among the cumulative reports whose as-of dates
     * overlap its own, the one with the lowest high bound; for each cumulative report, among the
     * others whose as-of dates overlap its own, the one with the highest low bound.
     */
    void findPartsExceedingTotals() {
        int[] totals = positions(true);
        int[] parts = positions(false);
        findOverlapping(parts, totals, ConsistencyRule.PART_EXCEEDS_TOTAL, false, true);
        findOverlapping(totals, parts, ConsistencyRule.PART_EXCEEDS_TOTAL, true, false);
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
    private void findOverlapping(int[] queries, int[] candidates, ConsistencyRule kind, boolean above,
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

    /** The verdicts, once every rule is swept: a cumulative figure is superseded when a cumulative one begins after it ends. */
    private SeriesVerdicts verdicts() {
        long lastCumulativeStart = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            if (cumulative[i]) {
                lastCumulativeStart = Math.max(lastCumulativeStart, earliest[i]);
            }
        }
        boolean[] superseded = new boolean[size];
        for (int i = 0; i < size; i++) {
            superseded[i] = cumulative[i] && lastCumulativeStart > latest[i];
        }
        return new SeriesVerdicts(conflicting, superseded, found);
    }
}

/**
 * For {@link FigureSweep}: a Fenwick tree of the best report (highest or lowest value) among those inserted at positions
 * below a bound; insertions only, so that the best of a prefix only improves.
 */
final class PrefixBest {

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

    /** Whether a report is better than another, or than none (-1): the first position wins ties. */
    private boolean better(int candidate, int incumbent) {
        if (incumbent < 0) {
            return true;
        }
        if (values[candidate] != values[incumbent]) {
            return highest == values[candidate] > values[incumbent];
        }
        return candidate < incumbent;
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

