package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.CasualtyReport.ConsistencyRule.DECREASING_TOTAL;
import static io.github.demarche.CasualtyReport.ConsistencyRule.DISJOINT_RANGES;
import static io.github.demarche.CasualtyReport.ConsistencyRule.PART_EXCEEDS_TOTAL;
import static io.github.demarche.analysis.Samples.cumulative;
import static io.github.demarche.analysis.Samples.daily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SerializationSupport;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import org.junit.jupiter.api.Test;

class CasualtyInconsistencyTest {

    @Test
    void accepts_a_later_cumulative_figure_below_an_earlier_one() {
        CasualtyReport lower = cumulative("killed-2021-03-24", QualifiedCount.exactly(260), "2021-03-24");
        CasualtyInconsistency inconsistency = CasualtyInconsistency.of(DECREASING_TOTAL, KILLED, lower);
        assertThat(inconsistency.kind()).isEqualTo(DECREASING_TOTAL);
        assertThat(inconsistency.first()).isEqualTo(KILLED);
        assertThat(inconsistency.second()).isEqualTo(lower);
        assertThat(inconsistency.involves(lower)).isTrue();
        assertThat(inconsistency.involves(cumulative("x", QualifiedCount.exactly(1), "2021-03-01"))).isFalse();
        assertThat(inconsistency).hasToString("CasualtyInconsistency[DECREASING_TOTAL: killed-2021-03-23 >270 as of"
                + " 2021-03-23, killed-2021-03-24 260 as of 2021-03-24]");
        assertThat(KILLED.isConsistentWith(lower)).isFalse();
    }

    @Test
    void rejects_a_decrease_that_is_none_with_the_rule_the_reports_break() {
        CasualtyReport reaching = cumulative("b", QualifiedCount.upTo(271), "2021-03-24");       // high 271 = low 271
        CasualtyReport notCumulative = daily("c", QualifiedCount.exactly(260), "2021-03-24");
        CasualtyReport sameDay = cumulative("d", QualifiedCount.exactly(260), "2021-03-23");
        assertThatThrownBy(() -> CasualtyInconsistency.of(DECREASING_TOTAL, KILLED, reaching))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got DECREASING_TOTAL for"
                        + " killed-2021-03-23 >270 since 2021-02-01 as of 2021-03-23 and b ≤271 since 2021-02-01 as of"
                        + " 2021-03-24, which break no rule")
                .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement()
                        .satisfies(violation -> {
                            assertThat(violation.path()).isEqualTo("kind");
                            assertThat(violation.code()).isEqualTo(ViolationCode.INCONSISTENT);
                        }));
        assertThatThrownBy(() -> CasualtyInconsistency.of(DECREASING_TOTAL, KILLED, notCumulative))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got DECREASING_TOTAL for"
                        + " killed-2021-03-23 >270 since 2021-02-01 as of 2021-03-23 and c 260 as of 2021-03-24,"
                        + " which break no rule");
        assertThatThrownBy(() -> CasualtyInconsistency.of(DECREASING_TOTAL, KILLED, sameDay))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got DECREASING_TOTAL for"
                        + " killed-2021-03-23 >270 since 2021-02-01 as of 2021-03-23 and d 260 since 2021-02-01 as of"
                        + " 2021-03-23, which break DISJOINT_RANGES");
    }

    @Test
    void keeps_the_earlier_report_of_a_decreasing_total_first_whichever_is_given_first() {
        CasualtyReport lower = cumulative("e", QualifiedCount.exactly(260), "2021-03-24");
        CasualtyInconsistency inconsistency = CasualtyInconsistency.of(DECREASING_TOTAL, lower, KILLED);
        assertThat(inconsistency.first()).isEqualTo(KILLED);
        assertThat(inconsistency.second()).isEqualTo(lower);
        assertThat(inconsistency).isEqualTo(CasualtyInconsistency.of(DECREASING_TOTAL, KILLED, lower));
    }

    @Test
    void accepts_disjoint_ranges_of_overlapping_dates_in_either_order() {
        CasualtyReport fewer = cumulative("a-fewer", QualifiedCount.exactly(250), "2021-03");
        CasualtyInconsistency inconsistency = CasualtyInconsistency.of(DISJOINT_RANGES, KILLED, fewer);
        assertThat(inconsistency.first()).isEqualTo(fewer);  // March sorts before the 23rd
        assertThat(inconsistency).isEqualTo(CasualtyInconsistency.of(DISJOINT_RANGES, fewer, KILLED))
                .hasSameHashCodeAs(CasualtyInconsistency.of(DISJOINT_RANGES, fewer, KILLED));
        assertThat(SerializationSupport.roundTrip(inconsistency)).isEqualTo(inconsistency);
    }

    @Test
    void accepts_disjoint_ranges_of_two_figures_that_are_not_cumulative() {
        CasualtyReport three = daily("a", QualifiedCount.exactly(3), "2021-03-23");
        CasualtyReport ten = daily("b", QualifiedCount.exactly(10), "2021-03-23");
        assertThat(CasualtyInconsistency.of(DISJOINT_RANGES, ten, three)).hasToString(
                "CasualtyInconsistency[DISJOINT_RANGES: a 3 as of 2021-03-23, b 10 as of 2021-03-23]");
        assertThat(three.isConsistentWith(ten)).isFalse();
    }

    @Test
    void rejects_ranges_that_meet_or_dates_that_do_not() {
        CasualtyReport touching = cumulative("a", QualifiedCount.upTo(271), "2021-03-23");     // shares 271
        CasualtyReport otherDay = cumulative("b", QualifiedCount.exactly(250), "2021-03-24");
        assertThatThrownBy(() -> CasualtyInconsistency.of(DISJOINT_RANGES, KILLED, touching))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got DISJOINT_RANGES "
                        + "for killed-2021-03-23 >270 since 2021-02-01 as of 2021-03-23 and a ≤271 since "
                        + "2021-02-01 as of 2021-03-23, which break no rule");
        assertThatThrownBy(() -> CasualtyInconsistency.of(DISJOINT_RANGES, KILLED, otherDay))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got DISJOINT_RANGES "
                        + "for killed-2021-03-23 >270 since 2021-02-01 as of 2021-03-23 and b 250 since "
                        + "2021-02-01 as of 2021-03-24, which break DECREASING_TOTAL");
    }

    @Test
    void rejects_disjoint_ranges_of_a_total_and_a_part_of_it_either_way() {
        CasualtyReport threeThatDay = daily("c", QualifiedCount.exactly(3), "2021-03-23");
        assertThat(KILLED.isConsistentWith(threeThatDay)).isTrue();
        assertThatThrownBy(() -> CasualtyInconsistency.of(DISJOINT_RANGES, KILLED, threeThatDay))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got DISJOINT_RANGES "
                        + "for killed-2021-03-23 >270 since 2021-02-01 as of 2021-03-23 and c 3 as of "
                        + "2021-03-23, which break no rule");
        assertThatThrownBy(() -> CasualtyInconsistency.of(DISJOINT_RANGES, threeThatDay, KILLED))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got DISJOINT_RANGES "
                        + "for c 3 as of 2021-03-23 and killed-2021-03-23 >270 since 2021-02-01 as of "
                        + "2021-03-23, which break no rule");
    }

    @Test
    void accepts_a_part_above_a_total_of_its_time_in_either_order_total_first() {
        CasualtyReport total = cumulative("total", QualifiedCount.exactly(260), "2021-03-23");
        CasualtyReport part = daily("part", QualifiedCount.exactly(261), "2021-03");           // low 261 > high 260
        CasualtyInconsistency inconsistency = CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, part, total);
        assertThat(inconsistency.kind()).isEqualTo(PART_EXCEEDS_TOTAL);
        assertThat(inconsistency.first()).isEqualTo(total);
        assertThat(inconsistency.second()).isEqualTo(part);
        assertThat(inconsistency.involves(part)).isTrue();
        assertThat(inconsistency.involves(total)).isTrue();
        assertThat(inconsistency).isEqualTo(CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, total, part))
                .hasSameHashCodeAs(CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, total, part))
                .hasToString("CasualtyInconsistency[PART_EXCEEDS_TOTAL: total 260 as of 2021-03-23,"
                        + " part 261 as of 2021-03]");
        assertThat(SerializationSupport.roundTrip(inconsistency)).isEqualTo(inconsistency);
        assertThat(total.isConsistentWith(part)).isFalse();
        assertThat(part.isConsistentWith(total)).isFalse();
    }

    @Test
    void rejects_a_part_within_the_total_either_way() {
        CasualtyReport total = cumulative("total", QualifiedCount.exactly(260), "2021-03-23");
        CasualtyReport reaching = daily("part", QualifiedCount.between(260, 300), "2021-03-23"); // low 260 = high 260
        assertThat(total.isConsistentWith(reaching)).isTrue();
        assertThatThrownBy(() -> CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, total, reaching))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got "
                        + "PART_EXCEEDS_TOTAL for total 260 since 2021-02-01 as of 2021-03-23 and part 260–300 "
                        + "as of 2021-03-23, which break no rule");
        assertThatThrownBy(() -> CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, reaching, total))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got "
                        + "PART_EXCEEDS_TOTAL for part 260–300 as of 2021-03-23 and total 260 since 2021-02-01 "
                        + "as of 2021-03-23, which break no rule");
        CasualtyReport anything = daily("any", QualifiedCount.exactly(100_000), "2021-03-23");
        assertThat(KILLED.isConsistentWith(anything)).as("an unbounded total holds any part").isTrue();
        assertThatThrownBy(() -> CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, KILLED, anything))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void rejects_a_part_of_another_time_or_two_figures_of_one_kind() {
        CasualtyReport total = cumulative("total", QualifiedCount.exactly(260), "2021-03-23");
        CasualtyReport nextDay = daily("next", QualifiedCount.exactly(300), "2021-03-24");
        CasualtyReport otherTotal = cumulative("other", QualifiedCount.exactly(300), "2021-03-23");
        CasualtyReport part = daily("part", QualifiedCount.exactly(300), "2021-03-23");
        CasualtyReport otherPart = daily("small", QualifiedCount.exactly(3), "2021-03-23");
        assertThatThrownBy(() -> CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, total, nextDay))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got "
                        + "PART_EXCEEDS_TOTAL for total 260 since 2021-02-01 as of 2021-03-23 and next 300 as "
                        + "of 2021-03-24, which break no rule");
        assertThatThrownBy(() -> CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, total, otherTotal))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got "
                        + "PART_EXCEEDS_TOTAL for total 260 since 2021-02-01 as of 2021-03-23 and other 300 "
                        + "since 2021-02-01 as of 2021-03-23, which break DISJOINT_RANGES");
        assertThatThrownBy(() -> CasualtyInconsistency.of(PART_EXCEEDS_TOTAL, otherPart, part))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got "
                        + "PART_EXCEEDS_TOTAL for small 3 as of 2021-03-23 and part 300 as of 2021-03-23, which "
                        + "break DISJOINT_RANGES");
    }

    @Test
    void rejects_reports_of_different_scopes() {
        CasualtyReport injured = CasualtyReport.builder().from(KILLED).id("i").type(CasualtyType.INJURED)
                .count(QualifiedCount.exactly(3)).build();
        assertThatThrownBy(() -> CasualtyInconsistency.of(DISJOINT_RANGES, KILLED, injured))
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyInconsistency.kind must be the rule the reports break, got DISJOINT_RANGES "
                        + "for killed-2021-03-23 >270 since 2021-02-01 as of 2021-03-23 and i 3 since "
                        + "2021-02-01 as of 2021-03-23, which are of different scopes CasualtyScope[killed "
                        + "civilians in MMR] and CasualtyScope[injured civilians in MMR]");
    }

    @Test
    void rejects_null_arguments_naming_them() {
        CasualtyReport lower = cumulative("b", QualifiedCount.exactly(260), "2021-03-24");
        assertThatThrownBy(() -> CasualtyInconsistency.of(null, KILLED, lower)).isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
        assertThatThrownBy(() -> CasualtyInconsistency.of(DECREASING_TOTAL, null, lower))
                .isInstanceOf(NullPointerException.class).hasMessage("first");
        assertThatThrownBy(() -> CasualtyInconsistency.of(DECREASING_TOTAL, KILLED, null))
                .isInstanceOf(NullPointerException.class).hasMessage("second");
        CasualtyInconsistency inconsistency = CasualtyInconsistency.of(DECREASING_TOTAL, KILLED, lower);
        assertThatThrownBy(() -> inconsistency.involves(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("report");
    }
}
