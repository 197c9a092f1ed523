package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.StanceType.CONCERN;
import static io.github.demarche.StanceType.SUPPORT;
import static io.github.demarche.analysis.Samples.TOPIC;
import static io.github.demarche.analysis.Samples.actor;
import static io.github.demarche.analysis.Samples.cumulative;
import static io.github.demarche.analysis.Samples.stance;
import static io.github.demarche.analysis.Samples.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.QualifiedCount;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GroupingsTest {

    private static final Actor A = actor("a");
    private static final Actor B = actor("b");
    private static final StanceTarget OTHER = StanceTarget.topic("another topic", "other-topic");

    @Test
    void groups_statements_by_each_actor_they_count_for() {
        Statement joint = Statement.builder().from(statement("j", "2021-03-23", A, SUPPORT)).speakers(List.of(B, A))
                .mode(StatementMode.JOINT).build();
        Statement alone = statement("s", "2021-03-24", A, SUPPORT);
        Map<String, List<Statement>> bySpeaker = Groupings.bySpeaker(List.of(joint, alone));
        assertThat(bySpeaker.keySet()).containsExactly("b", "a");
        assertThat(bySpeaker.get("a")).containsExactly(joint, alone);
        assertThat(bySpeaker.get("b")).containsExactly(joint);
        assertThatThrownBy(() -> bySpeaker.put("c", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bySpeaker.get("a").add(alone)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void groups_statements_by_target_once_each() {
        Statement twice = statement("s1", "2021-03-01", A, stance(SUPPORT), stance(CONCERN), stance(SUPPORT, OTHER));
        Statement once = statement("s2", "2021-03-02", B, stance(CONCERN, OTHER));
        Map<String, List<Statement>> byTarget = Groupings.byTarget(List.of(twice, once));
        assertThat(byTarget.keySet()).containsExactly("topic:myanmar-situation", "topic:other-topic");
        assertThat(byTarget.get(TOPIC.identityKey())).containsExactly(twice);
        assertThat(byTarget.get(OTHER.identityKey())).containsExactly(twice, once);
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                // date, period, overlaps, within
                Arguments.of("2021-03-23", "2021-03", true, true),
                Arguments.of("2021-03", "2021-03", true, true),
                Arguments.of("2021-03", "2021-03-early", true, false),
                Arguments.of("2021-02-01/2021-03-24", "2021-03", true, false),
                Arguments.of("2021-03-10", "2021-03-early", true, true),
                Arguments.of("2021-03-11", "2021-03-early", false, false),
                Arguments.of("2021-02-28", "2021-03-01/2021-03-15", false, false),
                Arguments.of("2021-03-15", "2021-03-01/2021-03-15", true, true),
                Arguments.of("2021-03-15", "2021-03-01/..", true, true));
    }

    @ParameterizedTest(name = "{0} in {1}: overlaps {2}, within {3}")
    @MethodSource("periods")
    void filters_statements_and_reports_by_period(String date, String period, boolean overlaps, boolean within) {
        Statement statement = statement("s", date, A, SUPPORT);
        ApproximateDate range = ApproximateDate.parse(period);
        assertThat(Groupings.statementsInPeriod(List.of(statement), range, PeriodMatch.OVERLAPS))
                .hasSize(overlaps ? 1 : 0);
        assertThat(Groupings.statementsInPeriod(List.of(statement), range, PeriodMatch.WITHIN)).hasSize(within ? 1 : 0);
        CasualtyReport report = Samples.daily("r", QualifiedCount.exactly(1), date);
        assertThat(Groupings.reportsInPeriod(List.of(report), range, PeriodMatch.OVERLAPS)).hasSize(overlaps ? 1 : 0);
        assertThat(Groupings.reportsInPeriod(List.of(report), range, PeriodMatch.WITHIN)).hasSize(within ? 1 : 0);
    }

    @Test
    void keeps_the_input_order_when_filtering() {
        Statement late = statement("s1", "2021-03-23", A, SUPPORT);
        Statement early = statement("s2", "2021-03-02", A, SUPPORT);
        Statement april = statement("s3", "2021-04-02", A, SUPPORT);
        assertThat(Groupings.statementsInPeriod(List.of(late, april, early), ApproximateDate.parse("2021-03"),
                PeriodMatch.WITHIN)).containsExactly(late, early);
    }

    @Test
    void groups_casualty_reports_by_scope() {
        CasualtyReport earlier = cumulative("earlier", QualifiedCount.exactly(200), "2021-03-10");
        CasualtyReport injured = CasualtyReport.builder().from(KILLED).id("injured").type(CasualtyType.INJURED).build();
        Map<CasualtyScope, List<CasualtyReport>> byScope = Groupings.byScope(List.of(KILLED, injured, earlier));
        assertThat(byScope.keySet()).containsExactly(CasualtyScope.of(KILLED), CasualtyScope.of(injured));
        assertThat(byScope.get(CasualtyScope.of(KILLED))).containsExactly(KILLED, earlier);
        assertThat(byScope.get(CasualtyScope.of(injured))).containsExactly(injured);
    }

    @Test
    void rejects_null_arguments_naming_them() {
        List<Statement> statements = List.of(statement("s", "2021-03-01", A, SUPPORT));
        List<Statement> withNull = Arrays.asList(statements.get(0), null);
        ApproximateDate march = ApproximateDate.parse("2021-03");
        assertThatThrownBy(() -> Groupings.bySpeaker(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("statements");
        assertThatThrownBy(() -> Groupings.bySpeaker(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("statements");
        assertThatThrownBy(() -> Groupings.bySpeaker(statements, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("resolver");
        assertThatThrownBy(() -> Groupings.byTarget(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("statements");
        assertThatThrownBy(() -> Groupings.byTarget(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("statements");
        assertThatThrownBy(() -> Groupings.statementsInPeriod(null, march, PeriodMatch.WITHIN))
                .isInstanceOf(NullPointerException.class).hasMessage("statements");
        assertThatThrownBy(() -> Groupings.statementsInPeriod(withNull, march, PeriodMatch.WITHIN))
                .isInstanceOf(NullPointerException.class).hasMessage("statements");
        assertThatThrownBy(() -> Groupings.statementsInPeriod(statements, null, PeriodMatch.WITHIN))
                .isInstanceOf(NullPointerException.class).hasMessage("period");
        assertThatThrownBy(() -> Groupings.statementsInPeriod(statements, march, null))
                .isInstanceOf(NullPointerException.class).hasMessage("match");
        assertThatThrownBy(() -> Groupings.byScope(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reports");
        assertThatThrownBy(() -> Groupings.byScope(Arrays.asList(KILLED, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("reports");
        assertThatThrownBy(() -> Groupings.reportsInPeriod(null, march, PeriodMatch.WITHIN))
                .isInstanceOf(NullPointerException.class).hasMessage("reports");
        assertThatThrownBy(() -> Groupings.reportsInPeriod(Arrays.asList(KILLED, null), march, PeriodMatch.WITHIN))
                .isInstanceOf(NullPointerException.class).hasMessage("reports");
        assertThatThrownBy(() -> Groupings.reportsInPeriod(List.of(KILLED), null, PeriodMatch.WITHIN))
                .isInstanceOf(NullPointerException.class).hasMessage("period");
        assertThatThrownBy(() -> Groupings.reportsInPeriod(List.of(KILLED), march, null))
                .isInstanceOf(NullPointerException.class).hasMessage("match");
    }
}
