package io.github.demarche.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.RandomValues;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of the analyses on many seeded random inputs, checked against brute-force oracles built
 * from the core predicates ({@code agreesWith}, {@code opposes}, {@code isConsistentWith},
 * {@code supersedes}, {@code isBefore}). Every assertion names the seed: replay a failure with
 * {@code -Ddemarche.seed=N}.
 */
class AnalysisPropertiesTest {

    private static final long SEED = RandomValues.seed();
    private static final int ROUNDS = RandomValues.rounds(30);

    static Stream<SpeakerResolver> resolvers() {
        return Stream.of(SpeakerResolver.standard(), SpeakerResolver.asNamed(), SpeakerResolver.topmost());
    }

    /** The stances on each target key, by actor id, counted the slow way. */
    private static Map<String, Map<String, List<Stance>>> stancesByTargetAndActor(List<Statement> statements,
            SpeakerResolver resolver) {
        Map<String, Map<String, List<Stance>>> oracle = new LinkedHashMap<>();
        for (Statement statement : statements) {
            List<String> ids = resolver.actorsFor(statement).stream().map(Actor::id).distinct()
                    .collect(Collectors.toList());
            for (Stance stance : statement.stances()) {
                for (String id : ids) {
                    oracle.computeIfAbsent(stance.target().identityKey(), key -> new LinkedHashMap<>())
                            .computeIfAbsent(id, key -> new ArrayList<>()).add(stance);
                }
            }
        }
        return oracle;
    }

    private static AlignmentVerdict verdictByDefinition(List<Stance> first, List<Stance> second) {
        boolean agree = false;
        boolean oppose = false;
        for (Stance mine : first) {
            for (Stance theirs : second) {
                agree |= mine.agreesWith(theirs);
                oppose |= mine.opposes(theirs);
            }
        }
        return agree ? (oppose ? AlignmentVerdict.MIXED : AlignmentVerdict.ALIGNED)
                : (oppose ? AlignmentVerdict.DIVERGENT : AlignmentVerdict.NO_COMMON_DATA);
    }

    private static List<AttributedStance> supportByDefinition(List<AttributedStance> mine, List<AttributedStance> theirs) {
        return mine.stream().filter(stance -> theirs.stream().anyMatch(other -> stance.stance().agreesWith(
                other.stance()) || stance.stance().opposes(other.stance()))).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolvers")
    void aligns_symmetrically_by_the_documented_rules(SpeakerResolver resolver) {
        AnalysisRandom random = new AnalysisRandom(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            List<Statement> statements = random.listOf(40, random::statement);
            Map<String, Map<String, List<Stance>>> oracle = stancesByTargetAndActor(statements, resolver);
            Map<String, StanceAlignment> byTarget = StanceAlignment.byTarget(statements, resolver);
            assertThat(byTarget.keySet()).as("targets, seed=%d", SEED).containsExactlyElementsOf(oracle.keySet());
            for (Map.Entry<String, StanceAlignment> entry : byTarget.entrySet()) {
                StanceAlignment alignment = entry.getValue();
                Map<String, List<Stance>> byActor = oracle.get(entry.getKey());
                assertThat(alignment.actors()).extracting(Actor::id).as("actors on %s, seed=%d", entry.getKey(), SEED)
                        .containsExactlyElementsOf(byActor.keySet().stream().sorted().collect(Collectors.toList()));
                assertThat(alignment.pairs()).as("one pair per two actors, seed=%d", SEED)
                        .hasSize(alignment.actors().size() * (alignment.actors().size() - 1) / 2);
                StanceAlignment alone = StanceAlignment.of(random.shuffled(statements), alignment.target(), resolver);
                for (Actor a : alignment.actors()) {
                    assertThat(alignment.stances(a)).extracting(AttributedStance::stance)
                            .as("stances of %s, seed=%d", a.id(), SEED)
                            .containsExactlyInAnyOrderElementsOf(byActor.get(a.id()));
                    for (Actor b : alignment.actors()) {
                        if (a.id().equals(b.id())) {
                            continue;
                        }
                        ActorPairAlignment ab = alignment.pair(a, b).orElseThrow();
                        ActorPairAlignment ba = alignment.pair(b, a).orElseThrow();
                        String pair = a.id() + "/" + b.id() + " on " + entry.getKey();
                        assertThat(ab.verdict()).as("symmetric verdict %s, seed=%d", pair, SEED).isEqualTo(ba.verdict());
                        assertThat(ab.firstSupport()).as("symmetric support %s, seed=%d", pair, SEED)
                                .isEqualTo(ba.secondSupport());
                        assertThat(ab.verdict()).as("verdict by definition %s, seed=%d", pair, SEED)
                                .isEqualTo(verdictByDefinition(byActor.get(a.id()), byActor.get(b.id())));
                        assertThat(ab.firstSupport()).as("support by definition %s, seed=%d", pair, SEED)
                                .isEqualTo(supportByDefinition(alignment.stances(a), alignment.stances(b)));
                        assertThat(ab.firstSupport().isEmpty()).as("no support iff no common data %s, seed=%d", pair,
                                SEED).isEqualTo(ab.verdict() == AlignmentVerdict.NO_COMMON_DATA);
                        assertThat(alone.verdict(a, b)).as("independent of input order %s, seed=%d", pair, SEED)
                                .isEqualTo(ab.verdict());
                    }
                }
            }
        }
    }

    @Test
    void reconciles_every_report_exactly_once_and_flags_exactly_the_inconsistent_ones() {
        AnalysisRandom random = new AnalysisRandom(SEED);
        for (int round = 0; round < ROUNDS * 3; round++) {
            List<CasualtyReport> reports = random.listOf(round % 50, random::casualtyReport);
            if (round % 7 == 0 && !reports.isEmpty()) {
                reports.add(reports.get(0));  // the same report twice
            }
            List<CasualtyReconciliation> reconciliations = CasualtyReconciliation.byScope(reports);
            Map<CasualtyReport, Integer> given = new IdentityHashMap<>();
            reports.forEach(report -> given.merge(report, 1, Integer::sum));
            Map<CasualtyReport, Integer> listed = new IdentityHashMap<>();
            reconciliations.forEach(reconciliation -> reconciliation.reports()
                    .forEach(reconciled -> listed.merge(reconciled.report(), 1, Integer::sum)));
            assertThat(listed).as("every report exactly once, seed=%d, round=%d", SEED, round).isEqualTo(given);
            for (CasualtyReconciliation reconciliation : reconciliations) {
                checkReconciliation(reconciliation, reports, round);
            }
        }
    }

    @Test
    void reconciles_a_series_too_large_to_compare_pair_by_pair_as_the_predicates_say() {
        AnalysisRandom random = new AnalysisRandom(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            List<CasualtyReport> reports = random.series(SeriesVerdicts.PAIRWISE_MAX + 1 + round * 5, round % 3 == 2);
            checkReconciliation(CasualtyReconciliation.of(reports), reports, round);
        }
    }

    private static void checkReconciliation(CasualtyReconciliation reconciliation, List<CasualtyReport> all, int round) {
        List<CasualtyReport> scope = all.stream().filter(reconciliation.scope()::includes).collect(Collectors.toList());
        assertThat(reconciliation.reports()).as("the whole scope, seed=%d, round=%d", SEED, round).hasSameSizeAs(scope);
        for (int i = 1; i < reconciliation.reports().size(); i++) {
            assertThat(CasualtyReport.BY_AS_OF.compare(reconciliation.reports().get(i - 1).report(),
                    reconciliation.reports().get(i).report())).as("sorted, seed=%d, round=%d", SEED, round)
                    .isLessThanOrEqualTo(0);
        }
        List<ReconciledReport> inSeries = new ArrayList<>();
        List<CasualtyInconsistency> inconsistencies = new ArrayList<>();
        for (CasualtySeries series : reconciliation.series()) {
            Optional<String> originator = series.originator().map(Actor::id);
            List<CasualtyReport> ofSeries = scope.stream()
                    .filter(report -> report.originator().map(Actor::id).equals(originator))
                    .collect(Collectors.toList());
            checkSeries(series, ofSeries, round);
            inSeries.addAll(series.reports());
            inconsistencies.addAll(series.inconsistencies());
        }
        assertThat(reconciliation.reports()).as("the series' reports, seed=%d, round=%d", SEED, round)
                .containsExactlyInAnyOrderElementsOf(inSeries);
        assertThat(reconciliation.inconsistencies()).as("the series' inconsistencies, seed=%d, round=%d", SEED, round)
                .containsExactlyInAnyOrderElementsOf(inconsistencies);
        List<SeriesGap> gaps = new ArrayList<>();
        for (int i = 0; i < reconciliation.series().size(); i++) {
            for (int j = i + 1; j < reconciliation.series().size(); j++) {
                Optional<CasualtyReport> one = reconciliation.series().get(i).current();
                Optional<CasualtyReport> other = reconciliation.series().get(j).current();
                if (one.isPresent() && other.isPresent() && one.get().isCumulative() == other.get().isCumulative()) {
                    long lower = Math.min(one.get().count().low(), other.get().count().low());
                    long higher = Math.max(one.get().count().low(), other.get().count().low());
                    boolean disjointAtOneTime = !one.get().count().overlaps(other.get().count())
                            && one.get().asOf().overlaps(other.get().asOf());
                    if (higher >= 2 * Math.max(1, lower) || disjointAtOneTime) {
                        gaps.add(reconciliation.gaps().get(gaps.size()));
                        assertThat(List.of(gaps.get(gaps.size() - 1).lower(), gaps.get(gaps.size() - 1).higher()))
                                .as("gap between series %d and %d, seed=%d, round=%d", i, j, SEED, round)
                                .containsExactlyInAnyOrder(one.get(), other.get());
                    }
                }
            }
        }
        assertThat(reconciliation.gaps()).as("the large gaps, seed=%d, round=%d", SEED, round).isEqualTo(gaps);
        assertThat(reconciliation.current()).as("a current estimate for one series only, seed=%d, round=%d", SEED,
                round).isEqualTo(reconciliation.series().size() == 1 ? reconciliation.series().get(0).current()
                : Optional.empty());
    }

    /** The statuses of one series follow from the predicates on its reports, and no other report. */
    private static void checkSeries(CasualtySeries series, List<CasualtyReport> ofSeries, int round) {
        assertThat(series.reports()).extracting(ReconciledReport::report).as("the series, seed=%d, round=%d", SEED,
                round).containsExactlyInAnyOrderElementsOf(ofSeries);
        boolean anyCumulative = ofSeries.stream().anyMatch(CasualtyReport::isCumulative);
        List<CasualtyReport> candidates = new ArrayList<>();
        for (ReconciledReport reconciled : series.reports()) {
            CasualtyReport report = reconciled.report();
            boolean conflicting = ofSeries.stream().anyMatch(other -> !report.isConsistentWith(other));
            boolean superseded = ofSeries.stream().anyMatch(other -> other.supersedes(report));
            assertThat(reconciled.status() == ReportStatus.CONFLICTING).as("%s conflicting, seed=%d, round=%d",
                    report, SEED, round).isEqualTo(conflicting);
            if (conflicting) {
                assertThat(series.inconsistencies()).as("%s shown in an inconsistency, seed=%d, round=%d",
                        report, SEED, round).anyMatch(found -> found.first() == report || found.second() == report);
            } else {
                assertThat(reconciled.status() == ReportStatus.SUPERSEDED).as("%s superseded, seed=%d, round=%d",
                        report, SEED, round).isEqualTo(superseded);
                if (!superseded && (report.isCumulative() || !anyCumulative)) {
                    candidates.add(report);
                }
            }
        }
        assertThat(series.inconsistencies()).as("at most five per report, seed=%d, round=%d", SEED, round)
                .hasSizeLessThanOrEqualTo(5 * ofSeries.size());
        for (CasualtyInconsistency inconsistency : series.inconsistencies()) {
            assertThat(inconsistency.first().brokenRule(inconsistency.second()))
                    .as("%s is real, seed=%d, round=%d", inconsistency, SEED, round).contains(inconsistency.kind());
            assertThat(inconsistency.second().brokenRule(inconsistency.first()))
                    .as("%s is real both ways, seed=%d, round=%d", inconsistency, SEED, round)
                    .contains(inconsistency.kind());
        }
        assertThat(series.reports(ReportStatus.CURRENT)).as("at most one current, seed=%d, round=%d", SEED,
                round).hasSizeLessThanOrEqualTo(1);
        if (candidates.isEmpty()) {
            assertThat(series.current()).as("no current, seed=%d, round=%d", SEED, round).isEmpty();
        } else {
            CasualtyReport last = candidates.stream().max(CasualtyReport.BY_AS_OF).orElseThrow();
            CasualtyReport current = series.current().orElseThrow();
            assertThat(CasualtyReport.BY_AS_OF.compare(current, last)).as("current is the last candidate, seed=%d,"
                    + " round=%d", SEED, round).isZero();
            assertThat(series.reports(ReportStatus.CURRENT)).containsExactly(current);
            for (ReconciledReport reconciled : series.reports()) {
                if (reconciled.status() == ReportStatus.CORROBORATING || reconciled.status() == ReportStatus.STANDING) {
                    assertThat(reconciled.status() == ReportStatus.CORROBORATING)
                            .as("%s corroborates iff of the current's kind and dated with it, seed=%d, round=%d",
                                    reconciled, SEED, round)
                            .isEqualTo(reconciled.report().isCumulative() == current.isCumulative()
                                    && reconciled.report().asOf().overlaps(current.asOf()));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolvers")
    void lists_timelines_in_an_order_consistent_with_the_partial_order_of_dates(SpeakerResolver resolver) {
        AnalysisRandom random = new AnalysisRandom(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            List<Statement> statements = random.listOf(40, random::statement);
            Map<String, Map<String, List<Stance>>> oracle = stancesByTargetAndActor(statements, resolver);
            for (Actor actor : ReferenceArticleFixture.ACTORS) {
                for (StanceTarget target : AnalysisRandom.TARGETS) {
                    StanceTimeline timeline = StanceTimeline.of(statements, actor, target, resolver);
                    List<AttributedStance> stances = timeline.stances();
                    String what = actor.id() + " on " + target.identityKey();
                    assertThat(stances).extracting(AttributedStance::stance).as("stances of %s, seed=%d", what, SEED)
                            .containsExactlyInAnyOrderElementsOf(oracle.getOrDefault(target.identityKey(), Map.of())
                                    .getOrDefault(actor.id(), List.of()));
                    for (int i = 0; i < stances.size(); i++) {
                        for (int j = i + 1; j < stances.size(); j++) {
                            assertThat(stances.get(j).date().isBefore(stances.get(i).date()))
                                    .as("%s: %s listed after %s, seed=%d", what, stances.get(j), stances.get(i), SEED)
                                    .isFalse();
                        }
                    }
                    assertThat(timeline.shifts()).as("shifts of %s, seed=%d", what, SEED)
                            .hasSize(Math.max(0, stances.size() - 1));
                    for (int i = 0; i < timeline.shifts().size(); i++) {
                        StanceShift shift = timeline.shifts().get(i);
                        assertThat(shift.from()).isSameAs(stances.get(i));
                        assertThat(shift.to()).isSameAs(stances.get(i + 1));
                        assertThat(shift.direction() == ShiftDirection.UNORDERED)
                                .as("%s unordered iff dates overlap, seed=%d", shift, SEED)
                                .isEqualTo(!stances.get(i).date().isBefore(stances.get(i + 1).date()));
                    }
                    assertThat(StanceTimeline.of(random.shuffled(statements), actor, target, resolver).stances())
                            .as("independent of input order %s, seed=%d", what, SEED).isEqualTo(stances);
                }
            }
        }
    }
}
