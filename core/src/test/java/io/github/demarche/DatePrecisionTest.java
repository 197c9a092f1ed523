package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.demarche.samples.SampleFiles;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatePrecisionTest {

    private static ApproximateDate d(String text) {
        return ApproximateDate.parse(text);
    }

    private static ApproximateDate days(String first, String last) {
        return ApproximateDate.ofDays(LocalDate.parse(first), LocalDate.parse(last));
    }

    // ----------------------------------------------------------------------------------------- codes

    @Test
    void has_the_five_codes_of_ucdp_date_prec_in_order() {
        assertThat(DatePrecision.values()).extracting(DatePrecision::ucdpCode).containsExactly(1, 2, 3, 4, 5);
        for (DatePrecision precision : DatePrecision.values()) {
            assertThat(DatePrecision.ofUcdpCode(precision.ucdpCode())).isSameAs(precision);
        }
        assertThat(DatePrecision.ofUcdpCode(1)).isEqualTo(DatePrecision.EXACT_DAY);
        assertThat(DatePrecision.ofUcdpCode(2)).isEqualTo(DatePrecision.FEW_DAYS);
        assertThat(DatePrecision.ofUcdpCode(3)).isEqualTo(DatePrecision.WEEK);
        assertThat(DatePrecision.ofUcdpCode(4)).isEqualTo(DatePrecision.UP_TO_A_MONTH);
        assertThat(DatePrecision.ofUcdpCode(5)).isEqualTo(DatePrecision.UP_TO_A_YEAR);
    }

    @ParameterizedTest
    @MethodSource("codesOutOfRange")
    void rejects_a_code_outside_1_to_5(int code) {
        assertThatThrownBy(() -> DatePrecision.ofUcdpCode(code))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("DatePrecision.ucdpCode must be between 1 and 5, got " + code)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("ucdpCode", ViolationCode.OUT_OF_RANGE)));
    }

    static Stream<Integer> codesOutOfRange() {
        return Stream.of(0, 6, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    // ----------------------------------------------------------------------------------- consistency

    static Stream<Arguments> spans() {
        return Stream.of(
                // date, the one precision it fits (null for none)
                arguments(d("2019-10-24"), DatePrecision.EXACT_DAY),
                arguments(d("20191024"), DatePrecision.EXACT_DAY),
                arguments(d("2019-10-24~"), DatePrecision.EXACT_DAY),
                arguments(d("2019-10-24/2019-10-24"), DatePrecision.EXACT_DAY),
                arguments(days("2013-12-13", "2013-12-14"), DatePrecision.FEW_DAYS),
                arguments(days("2013-12-13", "2013-12-18"), DatePrecision.FEW_DAYS),
                arguments(days("2013-12-13", "2013-12-19"), DatePrecision.WEEK),
                arguments(days("1991-11-19", "1991-11-25"), DatePrecision.WEEK),
                arguments(days("2018-12-11", "2018-12-18"), DatePrecision.UP_TO_A_MONTH),
                arguments(days("2018-12-11", "2018-12-29"), DatePrecision.UP_TO_A_MONTH),
                arguments(days("2019-01-20", "2019-02-18"), DatePrecision.UP_TO_A_MONTH),
                arguments(days("2000-07-01", "2000-07-31"), DatePrecision.UP_TO_A_MONTH),
                arguments(d("2000-07"), DatePrecision.UP_TO_A_MONTH),
                arguments(d("2021-02"), DatePrecision.UP_TO_A_MONTH),
                arguments(d("2020-02"), DatePrecision.UP_TO_A_MONTH),
                arguments(d("2021-03-early"), DatePrecision.UP_TO_A_MONTH),
                arguments(d("2021-03-late"), DatePrecision.UP_TO_A_MONTH),
                arguments(days("2019-01-20", "2019-02-19"), DatePrecision.UP_TO_A_YEAR),
                arguments(days("2000-07-02", "2000-08-01"), DatePrecision.UP_TO_A_YEAR),
                arguments(days("2001-07-15", "2001-08-26"), DatePrecision.UP_TO_A_YEAR),
                arguments(d("2021-03/2021-04"), DatePrecision.UP_TO_A_YEAR),
                arguments(d("1991"), DatePrecision.UP_TO_A_YEAR),
                arguments(d("2020"), DatePrecision.UP_TO_A_YEAR),
                arguments(days("2019-03-01", "2020-02-29"), DatePrecision.UP_TO_A_YEAR),
                arguments(days("2019-03-01", "2020-03-01"), null),
                arguments(d("2019/2020"), null),
                arguments(d("2019-10-24/.."), null),
                arguments(d("../2019-10-24"), null));
    }

    @ParameterizedTest
    @MethodSource("spans")
    void a_date_fits_exactly_the_precision_of_its_span(ApproximateDate date, DatePrecision expected) {
        assertThat(DatePrecision.of(date)).isEqualTo(Optional.ofNullable(expected));
        for (DatePrecision precision : DatePrecision.values()) {
            assertThat(precision.isConsistentWith(date)).as("%s with %s", precision, date)
                    .isEqualTo(precision == expected);
        }
    }

    @Test
    void the_rules_partition_the_spans_up_to_a_year_for_random_ranges() {
        long seed = RandomValues.seed();
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            LocalDate first = LocalDate.of(1989 + random.nextInt(40), 1, 1).plusDays(random.nextInt(366));
            LocalDate last = first.plusDays(random.nextInt(i % 2 == 0 ? 40 : 400));
            ApproximateDate date = ApproximateDate.ofDays(first, last);
            long span = last.toEpochDay() - first.toEpochDay() + 1;
            long fits = Stream.of(DatePrecision.values()).filter(p -> p.isConsistentWith(date)).count();
            String where = "seed=" + seed + ", date=" + date;
            assertThat(fits).as(where).isEqualTo(span <= 366 ? 1 : 0);
            assertThat(DatePrecision.of(date).map(p -> p.isConsistentWith(date))).as(where)
                    .isEqualTo(span <= 366 ? Optional.of(true) : Optional.empty());
        }
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> DatePrecision.of(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("date");
        assertThatThrownBy(() -> DatePrecision.WEEK.isConsistentWith(null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("date");
    }

    // ---------------------------------------------------------------------------------- real UCDP rows

    /**
     * Every event of the UCDP GED sample for Bangladesh (a copy of the file, see the README of
     * reference-data) has dates that fit its date_prec; the counts say what the sample holds.
     */
    @Test
    void every_ucdp_row_fits_its_date_prec() {
        List<List<String>> rows = SampleFiles.readCsv("/reference-data/ucdp-ged-BGD.hdx.csv");
        List<String> header = rows.get(0);
        int precColumn = header.indexOf("date_prec");
        int startColumn = header.indexOf("date_start");
        int endColumn = header.indexOf("date_end");
        assertThat(rows.get(1).get(startColumn)).isEqualTo("#date+start");  // the HXL hashtag row
        List<List<String>> events = rows.subList(2, rows.size());
        assertThat(events).hasSize(601);
        Map<DatePrecision, Integer> counts = new EnumMap<>(DatePrecision.class);
        int single = 0;
        for (List<String> event : events) {
            DatePrecision precision = DatePrecision.ofUcdpCode(Integer.parseInt(event.get(precColumn)));
            LocalDate start = LocalDate.parse(event.get(startColumn));
            LocalDate end = LocalDate.parse(event.get(endColumn));
            ApproximateDate date = ApproximateDate.ofDays(start, end);
            assertThat(precision.isConsistentWith(date)).as("id %s: %s with %s", event.get(0), precision, date)
                    .isTrue();
            assertThat(date.earliest()).isEqualTo(start);
            assertThat(date.latest()).isEqualTo(end);
            counts.merge(precision, 1, Integer::sum);
            single += date.isInterval() ? 0 : 1;
        }
        assertThat(counts).containsExactly(entry(DatePrecision.EXACT_DAY, 576), entry(DatePrecision.FEW_DAYS, 10),
                entry(DatePrecision.WEEK, 4), entry(DatePrecision.UP_TO_A_MONTH, 6),
                entry(DatePrecision.UP_TO_A_YEAR, 5));
        assertThat(single).isEqualTo(576);
    }
}
