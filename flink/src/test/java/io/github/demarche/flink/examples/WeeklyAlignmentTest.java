package io.github.demarche.flink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ApproximateDate;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WeeklyAlignmentTest {

    private static Statement dated(String date) {
        return Statement.builder().from(ReferenceArticleFixture.JOINT_STATEMENT).date(ApproximateDate.parse(date))
                .build();
    }

    static Stream<Arguments> weeks() {
        return Stream.of(
                Arguments.of("2021-03-23", "2021-03-22"),            // a Tuesday: the week of Monday 22
                Arguments.of("2021-03-22", "2021-03-22"),            // a Monday: its own week
                Arguments.of("2021-03-28", "2021-03-22"),            // a Sunday: the week before the Monday after
                Arguments.of("2021-03-23~", "2021-03-22"),           // about a day: the day's week
                Arguments.of("2021-03-22/2021-03-28", "2021-03-22"), // Monday to Sunday: one week, the boundary
                Arguments.of("2021-03-21/2021-03-22", null),         // Sunday to Monday: two weeks
                Arguments.of("2021-03-22/2021-03-29", null),         // eight days
                Arguments.of("2021-03", null),                       // a month
                Arguments.of("2021-03-early", null),                 // the 1st to the 10th
                Arguments.of("2021", null),                          // a year
                Arguments.of("2021-02-01/..", null));                // since a day
    }

    @ParameterizedTest
    @MethodSource("weeks")
    void a_statement_belongs_to_the_week_that_holds_its_whole_date(String date, String monday) {
        assertThat(WeeklyAlignment.weekOf(dated(date)))
                .isEqualTo(Optional.ofNullable(monday).map(LocalDate::parse));
    }

    @Test
    void the_event_time_is_the_start_of_the_earliest_day_in_utc() {
        assertThat(WeeklyAlignment.eventTime(dated("2021-03-23"))).isEqualTo(1_616_457_600_000L);
        assertThat(WeeklyAlignment.eventTime(dated("2021-03-23/2021-03-25"))).isEqualTo(1_616_457_600_000L);
    }

    @Test
    void a_weeks_lines_do_not_depend_on_the_order_of_its_statements() {
        List<Statement> statements = new ArrayList<>(ReferenceArticleFixture.STATEMENTS);
        List<String> expected = WeeklyAlignment.inOneJvm(statements);
        assertThat(expected).isNotEmpty();
        long seed = 12L;
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            Collections.shuffle(statements, random);
            assertThat(WeeklyAlignment.inOneJvm(statements)).as("seed %d, round %d", seed, round)
                    .containsExactlyElementsOf(expected);
        }
    }
}
