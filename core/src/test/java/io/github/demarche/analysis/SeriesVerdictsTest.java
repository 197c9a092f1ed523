package io.github.demarche.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyReport.ConsistencyRule;
import io.github.demarche.RandomValues;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The verdicts of a series are those of the predicates on {@link CasualtyReport}: the pairwise
 * path asks them, and the sweep, the fast path of large series, gives the same verdicts. Seeded:
 * {@code -Ddemarche.seed=N} replays a failure.
 */
class SeriesVerdictsTest {

    private static final long SEED = RandomValues.seed();
    private static final int SEEDS = RandomValues.rounds(40);
    private static final int ROUNDS = RandomValues.rounds(25);

    /** A random series, sorted as the reconciliation sorts it, with the days the sweep reads. */
    private static final class Sorted {
        final CasualtyReport[] reports;
        final int[] firstDays;
        final int[] lastDays;

        Sorted(List<CasualtyReport> series) {
            reports = series.toArray(new CasualtyReport[0]);
            firstDays = new int[reports.length];
            lastDays = new int[reports.length];
            for (int i = 0; i < reports.length; i++) {
                firstDays[i] = DateOrder.firstDay(reports[i].asOf());
                lastDays[i] = DateOrder.lastDay(reports[i].asOf());
            }
            DateOrder.sort(reports, firstDays, lastDays, CasualtyReport.BY_AS_OF);
        }
    }

    @Test
    void the_sweep_gives_the_verdicts_the_predicates_give_pair_by_pair() {
        for (long seed = SEED; seed < SEED + SEEDS; seed++) {
            AnalysisRandom random = new AnalysisRandom(seed);
            for (int round = 0; round < ROUNDS; round++) {
                int size = round % 5 == 0 ? 150 : round * 3 % 70;
                Sorted series = new Sorted(random.series(size, round % 4 == 3));
                SeriesVerdicts pairwise = SeriesVerdicts.pairwise(series.reports);
                SeriesVerdicts sweep = FigureSweep.verdicts(series.reports, series.firstDays, series.lastDays);
                String where = "seed=" + seed + ", round=" + round;
                assertThat(sweep.conflicting).as("conflicting, %s", where).isEqualTo(pairwise.conflicting);
                assertThat(sweep.superseded).as("superseded, %s", where).isEqualTo(pairwise.superseded);
                assertThat(sweep.contradictions.toString()).as("inconsistencies listed, %s", where)
                        .isEqualTo(pairwise.contradictions.toString());
            }
        }
    }

    @Test
    void the_pairwise_verdicts_are_the_predicates() {
        for (long seed = SEED; seed < SEED + SEEDS; seed++) {
            AnalysisRandom random = new AnalysisRandom(seed);
            for (int round = 0; round < ROUNDS; round++) {
                Sorted series = new Sorted(random.series(round * 2 % 40, round % 4 == 3));
                CasualtyReport[] reports = series.reports;
                SeriesVerdicts verdicts = SeriesVerdicts.pairwise(reports);
                String where = "seed=" + seed + ", round=" + round;
                for (int i = 0; i < reports.length; i++) {
                    boolean conflicting = false;
                    boolean superseded = false;
                    for (int j = 0; j < reports.length; j++) {
                        conflicting |= j != i && !reports[i].isConsistentWith(reports[j]);
                        superseded |= j != i && reports[j].supersedes(reports[i]);
                    }
                    assertThat(verdicts.conflicting[i]).as("%s conflicting, %s", reports[i], where)
                            .isEqualTo(conflicting);
                    assertThat(verdicts.superseded[i]).as("%s superseded, %s", reports[i], where).isEqualTo(superseded);
                    int position = i;
                    assertThat(verdicts.contradictions.stream()
                            .anyMatch(found -> found.first == position || found.second == position))
                            .as("%s shown in an inconsistency iff conflicting, %s", reports[i], where)
                            .isEqualTo(conflicting);
                }
                for (SeriesVerdicts.Contradiction found : verdicts.contradictions) {
                    Optional<ConsistencyRule> broken = reports[found.first].brokenRule(reports[found.second]);
                    assertThat(broken).as("%s breaks its rule, %s", found, where).contains(found.rule);
                    assertThat(CasualtyInconsistency.of(found.rule, reports[found.first], reports[found.second]).first())
                            .as("%s in the order CasualtyInconsistency keeps, %s", found, where)
                            .isSameAs(reports[found.first]);
                }
                assertThat(verdicts.contradictions).as("at most five per report, %s", where)
                        .hasSizeLessThanOrEqualTo(5 * reports.length);
            }
        }
    }
}
