package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.CasualtyReport.ConsistencyRule.DECREASING_TOTAL;
import static io.github.demarche.CasualtyReport.ConsistencyRule.DISJOINT_RANGES;
import static io.github.demarche.CasualtyReport.ConsistencyRule.PART_EXCEEDS_TOTAL;
import static io.github.demarche.analysis.ReportStatus.CONFLICTING;
import static io.github.demarche.analysis.ReportStatus.CORROBORATING;
import static io.github.demarche.analysis.ReportStatus.CURRENT;
import static io.github.demarche.analysis.ReportStatus.STANDING;
import static io.github.demarche.analysis.ReportStatus.SUPERSEDED;
import static io.github.demarche.analysis.Samples.cumulative;
import static io.github.demarche.analysis.Samples.daily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.CountQualifier;
import io.github.demarche.Dossier;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.SerializationSupport;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CasualtyReconciliationTest {

    private static Map<String, ReportStatus> statuses(CasualtyReconciliation reconciliation) {
        return reconciliation.reports().stream()
                .collect(Collectors.toMap(reconciled -> reconciled.report().id(), ReconciledReport::status));
    }

    @Test
    void takes_the_latest_cumulative_figure_as_current_and_supersedes_the_earlier() {
        CasualtyReport early = cumulative("early", QualifiedCount.about(60), "2021-03-early");
        CasualtyReport mid = cumulative("mid", QualifiedCount.atLeast(149), "2021-03-15");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, early, mid));
        assertThat(reconciliation.current()).contains(KILLED);
        assertThat(reconciliation.estimate()).contains(KILLED.count());
        assertThat(reconciliation.reports()).extracting(reconciled -> reconciled.report().id())
                .containsExactly("early", "mid", "killed-2021-03-23");
        assertThat(statuses(reconciliation)).containsEntry("early", SUPERSEDED).containsEntry("mid", SUPERSEDED)
                .containsEntry("killed-2021-03-23", CURRENT);
        assertThat(reconciliation.isConsistent()).isTrue();
        assertThat(reconciliation.reports(SUPERSEDED)).containsExactly(early, mid);
    }

    @Test
    void flags_a_later_cumulative_figure_below_an_earlier_one() {
        CasualtyReport earlier = cumulative("a", QualifiedCount.exactly(200), "2021-03-10");
        CasualtyReport lower = cumulative("b", QualifiedCount.exactly(199), "2021-03-15");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(lower, earlier));
        assertThat(reconciliation.inconsistencies())
                .containsExactly(CasualtyInconsistency.of(DECREASING_TOTAL, earlier, lower));
        assertThat(statuses(reconciliation)).containsEntry("a", CONFLICTING).containsEntry("b", CONFLICTING);
        assertThat(reconciliation.current()).isEmpty();  // the latest figure conflicts: no fallback, no pick
        assertThat(reconciliation.estimate()).isEmpty();
        assertThat(reconciliation.isConsistent()).isFalse();
        assertThat(reconciliation).hasToString(
                "CasualtyReconciliation[killed civilians in MMR: no current figure, 2 reports, 1 inconsistencies]");
    }

    @Test
    void accepts_a_later_cumulative_figure_that_reaches_the_earlier_one() {
        CasualtyReport earlier = cumulative("a", QualifiedCount.exactly(200), "2021-03-10");
        CasualtyReport same = cumulative("b", QualifiedCount.exactly(200), "2021-03-15");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(earlier, same));
        assertThat(reconciliation.isConsistent()).isTrue();
        assertThat(statuses(reconciliation)).containsEntry("a", SUPERSEDED).containsEntry("b", CURRENT);
    }

    @Test
    void does_not_hold_figures_that_are_not_cumulative_to_a_rising_total() {
        CasualtyReport busyDay = daily("a", QualifiedCount.exactly(38), "2021-03-14");
        CasualtyReport quietDay = daily("b", QualifiedCount.exactly(3), "2021-03-20");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(busyDay, quietDay));
        assertThat(reconciliation.isConsistent()).isTrue();
        assertThat(reconciliation.current()).contains(quietDay);  // no cumulative figure: the latest
        assertThat(statuses(reconciliation)).containsEntry("a", STANDING).containsEntry("b", CURRENT);
    }

    @Test
    void flags_disjoint_ranges_for_overlapping_dates() {
        CasualtyReport fewer = cumulative("fewer", QualifiedCount.exactly(250), "2021-03-23");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, fewer));
        assertThat(reconciliation.inconsistencies())
                .containsExactly(CasualtyInconsistency.of(DISJOINT_RANGES, fewer, KILLED));
        assertThat(statuses(reconciliation)).containsOnly(Map.entry("fewer", CONFLICTING),
                Map.entry("killed-2021-03-23", CONFLICTING));
        assertThat(reconciliation.current()).isEmpty();
    }

    @Test
    void takes_thousands_and_over_270_as_consistent_without_a_best_estimate_for_thousands() {
        CasualtyReport thousands = cumulative("thousands", QualifiedCount.vague(CountQualifier.THOUSANDS)
                .withWording("thousands"), "2021-03-23");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, thousands));

        assertThat(reconciliation.isConsistent()).isTrue();
        assertThat(KILLED.isConsistentWith(thousands)).isTrue();
        assertThat(reconciliation.current()).contains(thousands);  // same day, the greater id
        assertThat(reconciliation.estimate()).hasValueSatisfying(estimate -> {
            assertThat(estimate.best()).isEmpty();  // none is made up
            assertThat(estimate.low()).isEqualTo(2_000);
            assertThat(estimate.high()).hasValue(9_999);
        });
        assertThat(statuses(reconciliation)).containsEntry("killed-2021-03-23", CORROBORATING);
        assertThat(reconciliation).hasToString("CasualtyReconciliation[killed civilians in MMR: current thousands"
                + " as of 2021-03-23, 2 reports, 0 inconsistencies]");
    }

    @Test
    void flags_dozens_beside_over_270_as_disjoint_ranges() {
        CasualtyReport dozens = cumulative("dozens", QualifiedCount.vague(CountQualifier.DOZENS), "2021-03-23");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, dozens));

        assertThat(KILLED.isConsistentWith(dozens)).isFalse();
        assertThat(reconciliation.inconsistencies())
                .containsExactly(CasualtyInconsistency.of(DISJOINT_RANGES, dozens, KILLED));
        assertThat(reconciliation.current()).isEmpty();
    }

    @Test
    void flags_a_later_total_of_dozens_below_an_earlier_total_of_hundreds() {
        CasualtyReport hundreds = cumulative("a", QualifiedCount.vague(CountQualifier.HUNDREDS), "2021-03-10");
        CasualtyReport dozens = cumulative("b", QualifiedCount.vague(CountQualifier.DOZENS), "2021-03-15");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(hundreds, dozens));

        assertThat(reconciliation.inconsistencies())
                .containsExactly(CasualtyInconsistency.of(DECREASING_TOTAL, hundreds, dozens));
    }

    @Test
    void takes_dozens_killed_in_a_day_as_a_part_of_a_total_of_hundreds() {
        CasualtyReport hundreds = cumulative("total", QualifiedCount.vague(CountQualifier.HUNDREDS), "2021-03-23");
        CasualtyReport dozens = daily("day", QualifiedCount.vague(CountQualifier.DOZENS), "2021-03-23");
        CasualtyReport thousands = daily("too-many", QualifiedCount.vague(CountQualifier.THOUSANDS), "2021-03-23");

        assertThat(CasualtyReconciliation.of(List.of(hundreds, dozens)).isConsistent()).isTrue();
        assertThat(CasualtyReconciliation.of(List.of(hundreds, thousands)).inconsistencies())
                .containsExactly(CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, hundreds, thousands));
    }

    @Test
    void flags_disjoint_ranges_when_one_date_contains_the_other() {
        CasualtyReport march = cumulative("march", QualifiedCount.fewerThan(200), "2021-03");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, march));
        assertThat(reconciliation.inconsistencies())
                .containsExactly(CasualtyInconsistency.of(DISJOINT_RANGES, march, KILLED));
    }

    @Test
    void flags_disjoint_ranges_between_two_figures_that_are_not_cumulative() {
        CasualtyReport three = daily("three", QualifiedCount.exactly(3), "2021-03-23");
        CasualtyReport many = daily("many", QualifiedCount.atLeast(10), "2021-03-23");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(three, many));
        assertThat(reconciliation.inconsistencies())
                .containsExactly(CasualtyInconsistency.of(DISJOINT_RANGES, many, three));
        assertThat(statuses(reconciliation)).containsOnly(Map.entry("three", CONFLICTING),
                Map.entry("many", CONFLICTING));
    }

    @Test
    void accepts_overlapping_ranges_for_overlapping_dates_as_corroboration() {
        CasualtyReport about = cumulative("about", QualifiedCount.about(275), "2021-03-23");
        CasualtyReport sameMonth = cumulative("month-count", QualifiedCount.between(250, 280), "2021-03");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, about, sameMonth));
        assertThat(reconciliation.isConsistent()).isTrue();
        // same as-of date: the last by BY_AS_OF, the greater id, is current
        assertThat(reconciliation.current()).contains(KILLED);
        assertThat(statuses(reconciliation)).containsEntry("about", CORROBORATING)
                .containsEntry("month-count", CORROBORATING).containsEntry("killed-2021-03-23", CURRENT);
    }

    @Test
    void keeps_a_figure_that_is_not_cumulative_standing_beside_a_total_of_its_time_as_a_part_of_it() {
        CasualtyReport sameMonth = daily("daily-count", QualifiedCount.between(250, 280), "2021-03");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, sameMonth));
        assertThat(reconciliation.isConsistent()).isTrue();
        assertThat(reconciliation.current()).contains(KILLED);
        // a part of the total, not a confirmation of it
        assertThat(statuses(reconciliation)).containsEntry("daily-count", STANDING);
    }

    @Test
    void accepts_a_days_toll_beside_the_running_total_of_that_day_in_either_order() {
        CasualtyReport threeThatDay = daily("killed-2021-03-23-day", QualifiedCount.exactly(3), "2021-03-23");
        for (List<CasualtyReport> reports : List.of(List.of(KILLED, threeThatDay), List.of(threeThatDay, KILLED))) {
            CasualtyReconciliation reconciliation = CasualtyReconciliation.of(reports);
            assertThat(reconciliation.isConsistent()).isTrue();
            assertThat(reconciliation.current()).contains(KILLED);
            assertThat(reconciliation.reports()).containsExactly(ReconciledReport.of(KILLED, CURRENT),
                    ReconciledReport.of(threeThatDay, STANDING));
        }
    }

    @Test
    void accepts_a_part_that_reaches_but_does_not_exceed_the_total_of_its_time() {
        CasualtyReport total = cumulative("total", QualifiedCount.exactly(260), "2021-03-23");
        CasualtyReport part = daily("part", QualifiedCount.between(260, 300), "2021-03-23");  // low 260 = high 260
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(part, total));
        assertThat(reconciliation.isConsistent()).isTrue();
        assertThat(statuses(reconciliation)).containsOnly(Map.entry("total", CURRENT), Map.entry("part", STANDING));
    }

    @Test
    void flags_a_part_that_exceeds_the_total_of_its_time_in_either_order() {
        CasualtyReport total = cumulative("total", QualifiedCount.exactly(260), "2021-03-23");
        CasualtyReport part = daily("part", QualifiedCount.exactly(261), "2021-03-23");
        for (List<CasualtyReport> reports : List.of(List.of(total, part), List.of(part, total))) {
            CasualtyReconciliation reconciliation = CasualtyReconciliation.of(reports);
            assertThat(reconciliation.inconsistencies())
                    .containsExactly(CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, total, part));
            assertThat(reconciliation.inconsistencies().get(0).first()).isEqualTo(total);
            assertThat(statuses(reconciliation)).containsOnly(Map.entry("total", CONFLICTING),
                    Map.entry("part", CONFLICTING));
            assertThat(reconciliation.current()).isEmpty();
            assertThat(reconciliation).hasToString(
                    "CasualtyReconciliation[killed civilians in MMR: no current figure, 2 reports, 1 inconsistencies]");
        }
    }

    @Test
    void does_not_hold_a_part_to_a_total_of_another_time() {
        CasualtyReport total = cumulative("total", QualifiedCount.exactly(260), "2021-03-23");
        CasualtyReport nextDay = daily("next-day", QualifiedCount.exactly(300), "2021-03-24");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(total, nextDay));
        assertThat(reconciliation.isConsistent()).isTrue();
        assertThat(statuses(reconciliation)).containsOnly(Map.entry("total", CURRENT),
                Map.entry("next-day", STANDING));
    }

    @Test
    void names_the_lowest_total_below_a_part_and_the_highest_part_above_each_total() {
        CasualtyReport lowTotal = cumulative("t1", QualifiedCount.between(240, 250), "2021-03-23");
        CasualtyReport highTotal = cumulative("t2", QualifiedCount.between(245, 255), "2021-03-23");
        CasualtyReport part = daily("part", QualifiedCount.exactly(300), "2021-03-23");
        CasualtyReport lowerPart = daily("lower", QualifiedCount.between(252, 300), "2021-03-23");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(highTotal, part, lowTotal,
                lowerPart));
        // positions: lower, part, t1, t2; lower exceeds t1 only, and part is the highest part above each total
        assertThat(reconciliation.inconsistencies()).containsExactly(
                CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, lowTotal, lowerPart),
                CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, lowTotal, part),
                CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, highTotal, part));
        assertThat(reconciliation.reports(CONFLICTING)).containsExactly(lowerPart, part, lowTotal, highTotal);
    }

    @Test
    void accepts_disjoint_ranges_for_dates_that_do_not_overlap() {
        CasualtyReport earlyMarch = cumulative("early", QualifiedCount.exactly(60), "2021-03-early");
        CasualtyReport eleventh = cumulative("eleventh", QualifiedCount.exactly(70), "2021-03-11");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(earlyMarch, eleventh));
        assertThat(reconciliation.isConsistent()).isTrue();
        assertThat(reconciliation.current()).contains(eleventh);
    }

    @Test
    void keeps_an_older_figure_superseded_when_the_latest_ones_conflict() {
        CasualtyReport old = cumulative("old", QualifiedCount.exactly(50), "2021-03-10");
        CasualtyReport high = cumulative("high", QualifiedCount.exactly(300), "2021-03-20");
        CasualtyReport low = cumulative("low", QualifiedCount.exactly(100), "2021-03-20");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(old, high, low));
        assertThat(reconciliation.current()).isEmpty();
        assertThat(statuses(reconciliation)).containsEntry("old", SUPERSEDED).containsEntry("high", CONFLICTING)
                .containsEntry("low", CONFLICTING);
    }

    @Test
    void keeps_a_non_cumulative_figure_standing_beside_a_current_total() {
        CasualtyReport oneDay = daily("one-day", QualifiedCount.exactly(38), "2021-03-14");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, oneDay));
        assertThat(reconciliation.current()).contains(KILLED);
        assertThat(statuses(reconciliation)).containsEntry("one-day", STANDING);
    }

    @Test
    void never_takes_a_figure_that_is_not_cumulative_as_current_when_totals_exist() {
        CasualtyReport oneDay = daily("one-day", QualifiedCount.exactly(38), "2021-03-24");
        CasualtyReport high = cumulative("high", QualifiedCount.exactly(300), "2021-03-20");
        CasualtyReport low = cumulative("low", QualifiedCount.exactly(100), "2021-03-20");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(oneDay, high, low));
        assertThat(reconciliation.current()).isEmpty();
        assertThat(statuses(reconciliation)).containsEntry("one-day", STANDING);
    }

    @Test
    void names_the_strongest_contradiction_of_each_conflicting_report() {
        CasualtyReport first = cumulative("a", QualifiedCount.exactly(200), "2021-03-10");
        CasualtyReport higher = cumulative("b", QualifiedCount.exactly(230), "2021-03-12");
        CasualtyReport fallen = cumulative("c", QualifiedCount.exactly(150), "2021-03-15");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(first, higher, fallen));
        // c is below both; the strongest contradiction of c is b, and each of a and b is above c
        assertThat(reconciliation.inconsistencies()).containsExactly(
                CasualtyInconsistency.of(DECREASING_TOTAL, first, fallen),
                CasualtyInconsistency.of(DECREASING_TOTAL, higher, fallen));
        assertThat(reconciliation.reports(CONFLICTING)).containsExactly(first, higher, fallen);
    }

    @Test
    void lists_every_report_exactly_once_even_a_duplicate() {
        CasualtyReport early = cumulative("early", QualifiedCount.about(60), "2021-03-early");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, early, KILLED));
        assertThat(reconciliation.reports()).extracting(ReconciledReport::report).containsExactly(early, KILLED, KILLED);
        assertThat(reconciliation.reports()).extracting(ReconciledReport::status)
                .containsExactly(SUPERSEDED, CORROBORATING, CURRENT);
        assertThat(reconciliation.isConsistent()).isTrue();
    }

    @Test
    void reconciles_each_scope_apart() {
        CasualtyReport injured = CasualtyReport.builder().from(KILLED).id("injured").type(CasualtyType.INJURED)
                .count(QualifiedCount.exactly(3)).build();
        List<CasualtyReconciliation> reconciliations = CasualtyReconciliation.byScope(List.of(KILLED, injured));
        assertThat(reconciliations).extracting(CasualtyReconciliation::scope)
                .containsExactly(CasualtyScope.of(KILLED), CasualtyScope.of(injured));
        assertThat(reconciliations).extracting(reconciliation -> reconciliation.current().orElseThrow())
                .containsExactly(KILLED, injured);
        assertThat(CasualtyReconciliation.byScope(List.of())).isEmpty();
    }

    private static CasualtyReport from(CasualtyReport report, Actor originator, FigureCertainty certainty) {
        return CasualtyReport.builder().from(report).originator(originator).certainty(certainty).build();
    }

    @Test
    void keeps_a_partys_tenfold_claim_apart_from_a_monitors_verified_minimum_and_reports_the_gap() {
        CasualtyReport verified = CasualtyReport.builder().from(cumulative("aapp", QualifiedCount.atLeast(1000),
                "2021-03-23")).originator(Samples.actor("aapp")).certainty(FigureCertainty.VERIFIED)
                .addHedge(FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER)).build();
        CasualtyReport claim = from(cumulative("claim", QualifiedCount.exactly(10_000), "2021-03-23"),
                Samples.actor("party"), FigureCertainty.CLAIMED);
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(claim, verified));

        assertThat(reconciliation.series()).extracting(series -> series.originator().orElseThrow().id())
                .containsExactly("aapp", "party");
        assertThat(reconciliation.series()).extracting(series -> series.current().orElseThrow())
                .containsExactly(verified, claim);
        assertThat(statuses(reconciliation)).containsOnly(Map.entry("aapp", CURRENT), Map.entry("claim", CURRENT));
        assertThat(reconciliation.current()).isEmpty();  // two originators: no pick
        assertThat(reconciliation.estimate()).isEmpty();
        assertThat(reconciliation.isConsistent()).isTrue();
        assertThat(reconciliation.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.lower()).isEqualTo(verified);
            assertThat(gap.higher()).isEqualTo(claim);
            assertThat(gap.ratio()).isEqualTo(10.0);
            assertThat(gap.isDisjoint()).isFalse();
            assertThat(gap.originators()).containsExactly(verified.originator(), claim.originator());
            assertThat(gap).hasToString("SeriesGap[party 10000 as of 2021-03-23 (claimed) is 10.0 times aapp"
                    + " ≥1000 as of 2021-03-23 (verified; likely_higher)]");
        });
        assertThat(reconciliation.series().get(0)).hasToString("CasualtySeries[aapp: current ≥1000 as of 2021-03-23"
                + " (verified; likely_higher), 1 reports, 0 inconsistencies]");
        assertThat(reconciliation).hasToString("CasualtyReconciliation[killed civilians in MMR: 2 series, 1 gaps,"
                + " 2 reports, 0 inconsistencies]");
    }

    @Test
    void neither_supersedes_nor_contradicts_a_figure_of_another_originator() {
        CasualtyReport early = from(cumulative("early", QualifiedCount.exactly(300), "2021-03-10"),
                Samples.actor("aapp"), FigureCertainty.VERIFIED);
        CasualtyReport later = from(cumulative("later", QualifiedCount.exactly(200), "2021-03-23"),
                Samples.actor("junta"), FigureCertainty.CLAIMED);
        CasualtyReport sameDay = from(cumulative("same-day", QualifiedCount.exactly(150), "2021-03-10"),
                Samples.actor("junta"), FigureCertainty.CLAIMED);

        assertThat(early.isConsistentWith(later)).isFalse();  // one series, it would conflict
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(early, later, sameDay));
        assertThat(statuses(reconciliation)).containsOnly(Map.entry("early", CURRENT), Map.entry("same-day",
                SUPERSEDED), Map.entry("later", CURRENT));
        assertThat(reconciliation.isConsistent()).isTrue();
        assertThat(reconciliation.gaps()).isEmpty();  // 300 against 200: less than twofold, not at one time
    }

    @Test
    void reports_disjoint_figures_of_one_time_as_a_gap_and_leaves_alike_figures_alone() {
        CasualtyReport monitor = from(cumulative("monitor", QualifiedCount.exactly(270), "2021-03-23"),
                Samples.actor("aapp"), FigureCertainty.VERIFIED);
        CasualtyReport party = from(cumulative("party", QualifiedCount.exactly(250), "2021-03-23"),
                Samples.actor("junta"), FigureCertainty.CLAIMED);
        CasualtyReport close = from(cumulative("close", QualifiedCount.between(260, 280), "2021-03-23"),
                Samples.actor("junta"), FigureCertainty.CLAIMED);
        CasualtyReport day = from(daily("day", QualifiedCount.exactly(3), "2021-03-23"), Samples.actor("junta"),
                FigureCertainty.CLAIMED);

        assertThat(CasualtyReconciliation.of(List.of(monitor, party)).gaps()).singleElement()
                .satisfies(gap -> {
                    assertThat(gap.isDisjoint()).isTrue();
                    assertThat(gap).hasToString("SeriesGap[aapp 270 as of 2021-03-23 (verified) is 1.1 times junta 250"
                            + " as of 2021-03-23 (claimed)]");
                });
        assertThat(CasualtyReconciliation.of(List.of(monitor, close)).gaps()).isEmpty();
        assertThat(CasualtyReconciliation.of(List.of(monitor, day)).gaps()).as("a part beside a total: not alike")
                .isEmpty();
    }

    @Test
    void puts_a_relayed_figure_in_its_originators_series_and_unattributed_figures_in_one_series_first() {
        Actor localGroups = Samples.actor("local-groups");
        CasualtyReport own = from(cumulative("own", QualifiedCount.exactly(200), "2021-03-10"), localGroups,
                FigureCertainty.UNVERIFIED);
        CasualtyReport relayed = CasualtyReport.builder().from(cumulative("relayed", QualifiedCount.atLeast(250),
                "2021-03-20")).originator(localGroups).reportedBy(Samples.actor("ohchr")).build();
        CasualtyReport unattributed = cumulative("plain", QualifiedCount.about(240), "2021-03-20");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(relayed, own, unattributed));

        assertThat(reconciliation.series()).hasSize(2);
        assertThat(reconciliation.series().get(0).originator()).isEmpty();
        assertThat(reconciliation.series().get(0).reports()).extracting(ReconciledReport::report)
                .containsExactly(unattributed);
        assertThat(reconciliation.series().get(1).reports()).containsExactly(ReconciledReport.of(own, SUPERSEDED),
                ReconciledReport.of(relayed, CURRENT));
        assertThat(reconciliation.series().get(0)).hasToString("CasualtySeries[no originator: current ~240 as of"
                + " 2021-03-20, 1 reports, 0 inconsistencies]");
    }

    @Test
    void shows_who_disputes_a_figure_and_keeps_its_status() {
        Actor junta = Samples.actor("junta");
        Statement rejects = Samples.statement("junta-rejects", "2021-03-24", junta,
                Samples.stance(StanceType.REJECT, StanceTarget.casualtyReport(KILLED.id())));
        Statement praises = Samples.statement("other-confirms", "2021-03-24", Samples.actor("monitor"),
                Samples.stance(StanceType.SUPPORT, StanceTarget.casualtyReport(KILLED.id())));
        Statement elsewhere = Samples.statement("other-report", "2021-03-24", junta,
                Samples.stance(StanceType.DENY, StanceTarget.casualtyReport("another-report")));
        CasualtyReport contested = CasualtyReport.builder().from(cumulative("contested", QualifiedCount.exactly(150),
                "2021-03-10")).certainty(FigureCertainty.DISPUTED).build();

        List<CasualtyReconciliation> reconciliations = CasualtyReconciliation.byScope(List.of(KILLED, contested),
                List.of(rejects, praises, elsewhere));
        ReconciledReport killed = reconciliations.get(0).reports().get(1);
        assertThat(killed.report()).isEqualTo(KILLED);
        assertThat(killed.status()).isEqualTo(CURRENT);  // a dispute changes no status
        assertThat(killed.disputedBy()).containsExactly(junta);
        assertThat(killed.disputes()).singleElement().satisfies(dispute -> {
            assertThat(dispute.statement()).isEqualTo(rejects);
            assertThat(dispute.stance().type()).isEqualTo(StanceType.REJECT);
        });
        assertThat(killed.isDisputed()).isTrue();
        assertThat(killed).hasToString("ReconciledReport[killed-2021-03-23: CURRENT, disputed by junta]");
        assertThat(reconciliations.get(0).series().get(0).reports()).contains(killed);

        ReconciledReport byTheSource = reconciliations.get(0).reports().get(0);
        assertThat(byTheSource.disputes()).isEmpty();
        assertThat(byTheSource.isDisputed()).as("its source calls it disputed").isTrue();
        assertThat(CasualtyReconciliation.of(List.of(KILLED)).reports().get(0).isDisputed()).isFalse();
    }

    @Test
    void reconciles_a_dossiers_reports_with_its_statements_disputes() {
        Statement rejects = Samples.statement("junta-rejects", "2021-03-23", ReferenceArticleFixture.JUNTA,
                Samples.stance(StanceType.REJECT, StanceTarget.casualtyReport(KILLED.id())));
        Dossier dossier = Dossier.builder().from(ReferenceArticleFixture.dossier()).addStatements(rejects).build();
        assertThat(CasualtyReconciliation.inDossier(dossier)).singleElement()
                .satisfies(reconciliation -> assertThat(reconciliation.reports().get(0).disputedBy())
                        .containsExactly(ReferenceArticleFixture.JUNTA));
    }

    @Test
    void rejects_reports_of_several_scopes_or_none_when_one_is_expected() {
        CasualtyReport injured = CasualtyReport.builder().from(KILLED).id("injured").type(CasualtyType.INJURED)
                .build();
        assertThatThrownBy(() -> CasualtyReconciliation.of(List.of(KILLED, injured)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyReconciliation.reports must all have one scope, got"
                        + " [CasualtyScope[killed civilians in MMR], CasualtyScope[injured civilians in MMR]]")
                .satisfies(e -> assertThat(((ValidationException) e).violations()).containsExactly(Violation.of(
                        "reports", ViolationCode.INCONSISTENT, e.getMessage())));
        assertThatThrownBy(() -> CasualtyReconciliation.of(List.of())).isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyReconciliation.reports must not be empty, got no reports")
                .satisfies(e -> assertThat(((ValidationException) e).violations()).containsExactly(Violation.of(
                        "reports", ViolationCode.EMPTY, "CasualtyReconciliation.reports must not be empty, got no reports")));
    }

    @Test
    void survives_serialization() {
        CasualtyReport fewer = cumulative("fewer", QualifiedCount.exactly(250), "2021-03-23");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, fewer));
        CasualtyReconciliation copy = SerializationSupport.roundTrip(reconciliation);
        assertThat(copy.reports()).isEqualTo(reconciliation.reports());
        assertThat(copy.inconsistencies()).isEqualTo(reconciliation.inconsistencies());
        assertThat(copy.scope()).isEqualTo(reconciliation.scope());
    }

    @Test
    void rejects_null_arguments_naming_them() {
        assertThatThrownBy(() -> CasualtyReconciliation.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reports");
        assertThatThrownBy(() -> CasualtyReconciliation.of(Arrays.asList(KILLED, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("reports");
        assertThatThrownBy(() -> CasualtyReconciliation.byScope(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reports");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED));
        assertThatThrownBy(() -> reconciliation.reports(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("status");
    }

    @Test
    void orders_reports_by_as_of_date() {
        CasualtyReport early = cumulative("early", QualifiedCount.about(60), "2021-03-early");
        Function<CasualtyReconciliation, List<String>> ids = reconciliation -> reconciliation.reports().stream()
                .map(reconciled -> reconciled.report().id()).collect(Collectors.toList());
        assertThat(ids.apply(CasualtyReconciliation.of(List.of(KILLED, early))))
                .isEqualTo(ids.apply(CasualtyReconciliation.of(List.of(early, KILLED))));
    }
}
