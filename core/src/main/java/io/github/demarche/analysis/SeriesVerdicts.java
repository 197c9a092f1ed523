package io.github.demarche.analysis;

import io.github.demarche.CasualtyReport.ConsistencyRule;
import io.github.demarche.CasualtyReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reports of one series say of each other, by position in the series sorted by
 * {@link CasualtyReport#BY_AS_OF}: which reports are conflicting, which superseded, and which
 * inconsistencies are listed. The verdicts are those of the predicates on the value type:
 * {@link #pairwise} asks {@link CasualtyReport#brokenRule(CasualtyReport)} and
 * {@link CasualtyReport#supersedes(CasualtyReport)} of every pair; {@link FigureSweep}, used for
 * large series, gives the same verdicts in {@code n log n} time, which the seeded property tests
 * prove.
 *
 * <p>The inconsistencies listed are, for each report, each rule and each way it is contradicted (by
 * a figure above it, whose low bound is above its high bound, or by a figure below it, whose high
 * bound is below its low bound), the one report that contradicts it most: above, the highest low
 * bound; below, the lowest high bound; among equals, the first in the series. Each inconsistency is
 * listed once, sorted by its first report's position, then its second's, then by rule.
 */
final class SeriesVerdicts {

    /** The largest series whose verdicts are found by asking the predicates of every pair. */
    static final int PAIRWISE_MAX = 64;

    /** By position: the report is inconsistent with another of the series. */
    final boolean[] conflicting;
    /** By position: another report of the series supersedes this one. */
    final boolean[] superseded;
    /** The inconsistencies listed, each once, sorted. */
    final List<Contradiction> contradictions;

    SeriesVerdicts(boolean[] conflicting, boolean[] superseded, Collection<Contradiction> found) {
        this.conflicting = conflicting;
        this.superseded = superseded;
        List<Contradiction> sorted = new ArrayList<>(found);
        sorted.sort(null);
        List<Contradiction> once = new ArrayList<>(sorted.size());
        for (Contradiction contradiction : sorted) {
            if (once.isEmpty() || once.get(once.size() - 1).compareTo(contradiction) != 0) {
                once.add(contradiction);  // the same ones are together
            }
        }
        this.contradictions = List.copyOf(once);
    }

    /**
     * The verdicts of a series, pairwise for a series of at most {@link #PAIRWISE_MAX} reports, by
     * the sweep otherwise.
     *
     * @param reports  the series, sorted by {@link CasualtyReport#BY_AS_OF}
     * @param firstDays  the first day of each report's as-of date ({@link DateOrder#firstDay})
     * @param lastDays  the last day of each report's as-of date ({@link DateOrder#lastDay})
     */
    static SeriesVerdicts of(CasualtyReport[] reports, int[] firstDays, int[] lastDays) {
        return reports.length <= PAIRWISE_MAX ? pairwise(reports) : FigureSweep.verdicts(reports, firstDays, lastDays);
    }

    /**
     * The verdicts found by asking the predicates of every pair: the definition the sweep is proven
     * equal to.
     *
     * @param reports  the series, sorted by {@link CasualtyReport#BY_AS_OF}
     */
    static SeriesVerdicts pairwise(CasualtyReport[] reports) {
        int size = reports.length;
        boolean[] conflicting = new boolean[size];
        boolean[] superseded = new boolean[size];
        List<Contradiction> found = new ArrayList<>();
        int rules = ConsistencyRule.values().length;
        for (int i = 0; i < size; i++) {
            CasualtyReport report = reports[i];
            int[] strongestAbove = new int[rules];  // by rule, the position of the figure most above, or -1
            int[] strongestBelow = new int[rules];
            Arrays.fill(strongestAbove, -1);
            Arrays.fill(strongestBelow, -1);
            for (int j = 0; j < size; j++) {
                if (j == i) {
                    continue;
                }
                CasualtyReport other = reports[j];
                superseded[i] |= other.supersedes(report);
                Optional<ConsistencyRule> broken = report.brokenRule(other);
                if (broken.isEmpty()) {
                    continue;
                }
                conflicting[i] = true;
                int rule = broken.get().ordinal();
                if (other.count().low() > high(report)) {
                    if (strongestAbove[rule] < 0 || other.count().low() > reports[strongestAbove[rule]].count().low()) {
                        strongestAbove[rule] = j;
                    }
                } else if (strongestBelow[rule] < 0 || high(other) < high(reports[strongestBelow[rule]])) {
                    strongestBelow[rule] = j;  // a broken rule puts the other above or below: here below
                }
            }
            for (ConsistencyRule rule : ConsistencyRule.values()) {
                for (int j : new int[] {strongestAbove[rule.ordinal()], strongestBelow[rule.ordinal()]}) {
                    if (j >= 0) {
                        found.add(Contradiction.of(rule, i, j, reports));
                    }
                }
            }
        }
        return new SeriesVerdicts(conflicting, superseded, found);
    }

    private static long high(CasualtyReport report) {
        return report.count().high().orElse(Long.MAX_VALUE);
    }

    /**
     * Two positions whose reports break a rule, in the order {@link CasualtyInconsistency} keeps
     * them: the cumulative total first for {@code PART_EXCEEDS_TOTAL}, otherwise the earlier
     * position first. Ordered by first position, then second, then rule.
     */
    static final class Contradiction implements Comparable<Contradiction> {

        final ConsistencyRule rule;
        final int first;
        final int second;
        /** The inconsistency made of it, once made; not part of its identity. */
        CasualtyInconsistency inconsistency;

        private Contradiction(ConsistencyRule rule, int first, int second) {
            this.rule = rule;
            this.first = first;
            this.second = second;
        }

        /** The contradiction of two positions, put in order. */
        static Contradiction of(ConsistencyRule rule, int a, int b, CasualtyReport[] reports) {
            boolean totalFirst = rule == ConsistencyRule.PART_EXCEEDS_TOTAL;
            int first = totalFirst ? (reports[a].isCumulative() ? a : b) : Math.min(a, b);
            return new Contradiction(rule, first, first == a ? b : a);
        }

        @Override
        public int compareTo(Contradiction other) {
            int byFirst = Integer.compare(first, other.first);
            if (byFirst != 0) {
                return byFirst;
            }
            int bySecond = Integer.compare(second, other.second);
            return bySecond != 0 ? bySecond : rule.compareTo(other.rule);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Contradiction && compareTo((Contradiction) obj) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(rule, first, second);
        }

        @Override
        public String toString() {
            return rule + "(" + first + ", " + second + ")";
        }
    }
}
