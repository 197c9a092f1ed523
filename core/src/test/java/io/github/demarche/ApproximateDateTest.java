package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.demarche.ApproximateDate.MonthPart;
import io.github.demarche.ApproximateDate.Precision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApproximateDateTest {

    private static final String FORM = "an EDTF date such as '2021-03-23', '2021-03~' or '2021-02-01/..'";

    /** The dates of the reference article, published on 2021-03-24. */
    private static final ApproximateDate COUP = ApproximateDate.ofDay(2021, 2, 1);
    private static final ApproximateDate AS_OF_TUESDAY = ApproximateDate.of(LocalDate.of(2021, 3, 23));
    private static final ApproximateDate EARLY_MARCH = ApproximateDate.ofMonthPart(2021, 3, MonthPart.EARLY);
    private static final ApproximateDate SINCE_THE_COUP = ApproximateDate.since(COUP);

    private static ApproximateDate d(String text) {
        return ApproximateDate.parse(text);
    }

    private static Violation violation(String path, ViolationCode code, String message) {
        return Violation.of(path, code, message);
    }

    // ------------------------------------------------------------------------------------ text form

    static Stream<String> canonicalTexts() {
        return Stream.of(
                "2021", "0000", "9999", "2021~", "2021?", "2021%",
                "2021-03", "2021-01", "2021-12", "2021-03~", "2021-03?", "2021-03%",
                "2021-03-early", "2021-03-mid", "2021-03-late", "2021-03-early~", "2021-03-mid?", "2021-02-late%",
                "2021-03-23", "2021-02-01", "2020-02-29", "0000-01-01", "9999-12-31", "2021-03-23~", "2021-03-23?",
                "2021-03-23%",
                "2021-02-01/2021-03-23", "2021-02-01/..", "../2021-03-23", "2021-03-23/2021-03-23",
                "2021/2021-03-23", "2021-03/2021-03-early", "2021-02-01~/2021-03?", "2021-03-early%/..",
                "../2021%", "2021-03-early%/2021-03-early%");
    }

    @ParameterizedTest
    @MethodSource("canonicalTexts")
    void parses_and_writes_back_every_canonical_form(String text) {
        ApproximateDate date = ApproximateDate.parse(text);
        assertThat(date).hasToString(text);
        assertThat(ApproximateDate.parse(date.toString())).isEqualTo(date).hasSameHashCodeAs(date);
        assertThat(ApproximateDate.validate(text)).isEmpty();
        assertThat(ApproximateDate.parse(new StringBuilder(text))).isEqualTo(date);
    }

    static Stream<Arguments> factories() {
        return Stream.of(
                arguments(ApproximateDate.ofYear(2021), "2021"),
                arguments(ApproximateDate.ofYear(0), "0000"),
                arguments(ApproximateDate.ofYear(33), "0033"),
                arguments(ApproximateDate.ofMonth(2021, 3), "2021-03"),
                arguments(ApproximateDate.ofMonthPart(2021, 3, MonthPart.EARLY), "2021-03-early"),
                arguments(ApproximateDate.ofMonthPart(2021, 3, MonthPart.MID), "2021-03-mid"),
                arguments(ApproximateDate.ofMonthPart(2021, 3, MonthPart.LATE), "2021-03-late"),
                arguments(ApproximateDate.ofDay(2021, 2, 1), "2021-02-01"),
                arguments(ApproximateDate.of(LocalDate.of(2021, 3, 23)), "2021-03-23"),
                arguments(ApproximateDate.between(COUP, AS_OF_TUESDAY), "2021-02-01/2021-03-23"),
                arguments(ApproximateDate.between(AS_OF_TUESDAY, AS_OF_TUESDAY), "2021-03-23/2021-03-23"),
                arguments(ApproximateDate.since(COUP), "2021-02-01/.."),
                arguments(ApproximateDate.until(AS_OF_TUESDAY), "../2021-03-23"),
                arguments(ApproximateDate.ofMonth(2021, 3).withApproximate(true), "2021-03~"),
                arguments(ApproximateDate.ofMonth(2021, 3).withUncertain(true), "2021-03?"),
                arguments(ApproximateDate.ofMonth(2021, 3).withApproximate(true).withUncertain(true), "2021-03%"),
                arguments(EARLY_MARCH.withApproximate(true), "2021-03-early~"));
    }

    @ParameterizedTest
    @MethodSource("factories")
    void factories_write_the_canonical_text(ApproximateDate date, String text) {
        assertThat(date).hasToString(text).isEqualTo(ApproximateDate.parse(text));
    }

    // ------------------------------------------------------------------------------------ basic form

    static Stream<Arguments> basicTexts() {
        return Stream.of(
                arguments("20191024", "2019-10-24"),
                arguments("20200229", "2020-02-29"),
                arguments("20000229", "2000-02-29"),
                arguments("00000101", "0000-01-01"),
                arguments("99991231", "9999-12-31"),
                arguments("20210131", "2021-01-31"),
                arguments("20191024/20191026", "2019-10-24/2019-10-26"),
                arguments("20191024/20191024", "2019-10-24/2019-10-24"),
                arguments("20191024/..", "2019-10-24/.."),
                arguments("../20191024", "../2019-10-24"),
                arguments("20191024/2019-10-26", "2019-10-24/2019-10-26"),
                arguments("2019-10/20191026", "2019-10/2019-10-26"),
                arguments("2019~/20191026", "2019~/2019-10-26"));
    }

    @ParameterizedTest
    @MethodSource("basicTexts")
    void reads_a_day_in_the_basic_form_and_writes_the_extended_form(String basic, String extended) {
        ApproximateDate date = ApproximateDate.parse(basic);
        assertThat(date).hasToString(extended)
                .isEqualTo(ApproximateDate.parse(extended))
                .hasSameHashCodeAs(ApproximateDate.parse(extended));
        assertThat(date.earliest()).isEqualTo(ApproximateDate.parse(extended).earliest());
        assertThat(date.latest()).isEqualTo(ApproximateDate.parse(extended).latest());
        assertThat(date.precision()).isEqualTo(ApproximateDate.parse(extended).precision());
        assertThat(ApproximateDate.validate(basic)).isEmpty();
        assertThat(ApproximateDate.parse(new StringBuilder(basic))).isEqualTo(date);
        assertThat(SerializationSupport.roundTrip(date)).isEqualTo(date).hasToString(extended);
    }

    @Test
    void a_basic_day_equals_the_extended_day_the_way_gdelt_writes_sqldate() {
        ApproximateDate sqlDate = ApproximateDate.parse("20191024");
        assertThat(sqlDate).isEqualTo(ApproximateDate.ofDay(2019, 10, 24))
                .isEqualTo(ApproximateDate.of(LocalDate.of(2019, 10, 24)));
        assertThat(sqlDate.precision()).isEqualTo(Precision.DAY);
        assertThat(sqlDate.isInterval()).isFalse();
        assertThat(ApproximateDate.CHRONOLOGICAL.compare(sqlDate, d("2019-10-24"))).isZero();
    }

    static Stream<Arguments> invalidBasicTexts() {
        return Stream.of(
                arguments("2019102", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '2019102'"))),
                arguments("201910245", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '201910245'"))),
                arguments("201910", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '201910'"))),
                arguments("20191024~", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '20191024~'"))),
                arguments("2019102~", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '2019102~'"))),
                arguments("2019-1024", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '2019-1024'"))),
                arguments("201910-24", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '201910-24'"))),
                arguments("2019102\u0664", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '2019102\\u0664'"))),
                arguments("20191024/2019102", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '20191024/2019102'"))),
                arguments("20191324", List.of(violation("month", ViolationCode.OUT_OF_RANGE,
                        "ApproximateDate.month must be between 1 and 12, got 13"))),
                arguments("20190024", List.of(violation("month", ViolationCode.OUT_OF_RANGE,
                        "ApproximateDate.month must be between 1 and 12, got 0"))),
                arguments("20191032", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "ApproximateDate.day must be a day of 2019-10, got 32"))),
                arguments("20191100", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "ApproximateDate.day must be a day of 2019-11, got 0"))),
                arguments("20191131", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "ApproximateDate.day must be a day of 2019-11, got 31"))),
                arguments("20190229", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "ApproximateDate.day must be a day of 2019-02, got 29"))),
                arguments("19000229", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "ApproximateDate.day must be a day of 1900-02, got 29"))),
                arguments("20191332", List.of(
                        violation("month", ViolationCode.OUT_OF_RANGE,
                                "ApproximateDate.month must be between 1 and 12, got 13"),
                        violation("day", ViolationCode.OUT_OF_RANGE,
                                "ApproximateDate.day must be between 1 and 31, got 32"))),
                arguments("20191026/20191024", List.of(violation("end", ViolationCode.INTERVAL_INVERTED,
                        "ApproximateDate.end must not end before start begins, got start=2019-10-26, end=2019-10-24"))),
                arguments("20190229/20191332", List.of(
                        violation("start.day", ViolationCode.INVALID_DATE,
                                "ApproximateDate.start.day must be a day of 2019-02, got 29"),
                        violation("end.month", ViolationCode.OUT_OF_RANGE,
                                "ApproximateDate.end.month must be between 1 and 12, got 13"),
                        violation("end.day", ViolationCode.OUT_OF_RANGE,
                                "ApproximateDate.end.day must be between 1 and 31, got 32"))));
    }

    @ParameterizedTest
    @MethodSource("invalidBasicTexts")
    void rejects_an_invalid_basic_text_with_every_violation(String text, List<Violation> expected) {
        assertThat(ApproximateDate.validate(text)).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> ApproximateDate.parse(text))
                .isExactlyInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).isEqualTo(expected));
    }

    @Test
    void reads_every_day_of_leap_and_common_years_in_the_basic_form() {
        for (int year : new int[] {0, 1900, 2000, 2019, 2020, 9999}) {
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                String basic = String.format(Locale.ROOT, "%04d%02d%02d", year, day.getMonthValue(),
                        day.getDayOfMonth());
                ApproximateDate date = ApproximateDate.parse(basic);
                assertThat(date).as(basic).isEqualTo(ApproximateDate.of(day));
                assertThat(date.earliest()).as(basic).isEqualTo(day);
            }
        }
    }

    // ----------------------------------------------------------------------------- days of a dataset

    @Test
    void of_days_gives_the_day_itself_for_a_range_of_one_day() {
        LocalDate day = LocalDate.of(2019, 10, 24);
        ApproximateDate date = ApproximateDate.ofDays(day, day);
        assertThat(date).hasToString("2019-10-24").isEqualTo(ApproximateDate.of(day));
        assertThat(date.isInterval()).isFalse();
        assertThat(date.earliest()).isEqualTo(day);
        assertThat(date.latest()).isEqualTo(day);
        assertThat(date).isNotEqualTo(ApproximateDate.between(ApproximateDate.of(day), ApproximateDate.of(day)));
    }

    @Test
    void of_days_gives_a_closed_interval_for_two_days() {
        LocalDate first = LocalDate.of(2013, 12, 13);
        LocalDate last = LocalDate.of(2013, 12, 14);
        ApproximateDate date = ApproximateDate.ofDays(first, last);
        assertThat(date).hasToString("2013-12-13/2013-12-14")
                .isEqualTo(ApproximateDate.between(ApproximateDate.of(first), ApproximateDate.of(last)));
        assertThat(date.isInterval()).isTrue();
        assertThat(date.precision()).isEqualTo(Precision.DAY);
        assertThat(date.earliest()).isEqualTo(first);
        assertThat(date.latest()).isEqualTo(last);
        assertThat(ApproximateDate.ofDays(LocalDate.of(2020, 2, 28), LocalDate.of(2020, 3, 1)))
                .hasToString("2020-02-28/2020-03-01");
    }

    @Test
    void of_days_rejects_an_inverted_range_and_years_out_of_range() {
        assertThatThrownBy(() -> ApproximateDate.ofDays(LocalDate.of(2019, 10, 26), LocalDate.of(2019, 10, 24)))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.end must not end before start begins, got start=2019-10-26, "
                        + "end=2019-10-24")
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("end", ViolationCode.INTERVAL_INVERTED)));
        assertThatThrownBy(() -> ApproximateDate.ofDays(LocalDate.of(10000, 1, 1), LocalDate.of(10000, 1, 1)))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.year must be between 0 and 9999, got 10000");
        assertThatThrownBy(() -> ApproximateDate.ofDays(LocalDate.of(-1, 12, 31), LocalDate.of(10000, 1, 1)))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("2 violations: ApproximateDate.start.year must be between 0 and 9999, got -1; "
                        + "ApproximateDate.end.year must be between 0 and 9999, got 10000")
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::path)
                        .containsExactly("start.year", "end.year"));
        assertThat(ApproximateDate.ofDays(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31)))
                .hasToString("0000-01-01/9999-12-31");
    }

    @Test
    void of_days_gives_back_its_days_for_random_ranges() {
        long seed = seed();
        Random random = new Random(seed);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate first = FIRST_DAY.plusDays(random.nextInt(DAYS_0000_TO_9999));
            LocalDate last = random.nextBoolean() ? first : first.plusDays(random.nextInt(400));
            if (last.getYear() > 9999) {
                continue;
            }
            ApproximateDate date = ApproximateDate.ofDays(first, last);
            String where = "seed=" + seed + ", first=" + first + ", last=" + last;
            assertThat(date.earliest()).as(where).isEqualTo(first);
            assertThat(date.latest()).as(where).isEqualTo(last);
            assertThat(date.isInterval()).as(where).isEqualTo(!first.equals(last));
            assertThat(ApproximateDate.parse(date.toString())).as(where).isEqualTo(date);
            String basic = basic(first) + (first.equals(last) ? "" : "/" + basic(last));
            assertThat(ApproximateDate.parse(basic)).as(where).isEqualTo(date);
        }
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
    private static final int DAYS_0000_TO_9999 = (int) (LocalDate.of(10000, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());

    private static String basic(LocalDate day) {
        return String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /** Writes every day in the basic form of a text in the extended form, as {@code parse} reads it. */
    private static String extended(String text) {
        return Arrays.stream(text.split("/", -1))
                .map(part -> part.length() == 8 && part.chars().allMatch(c -> c >= '0' && c <= '9')
                        ? part.substring(0, 4) + "-" + part.substring(4, 6) + "-" + part.substring(6)
                        : part)
                .collect(Collectors.joining("/"));
    }

    @Test
    void writes_ascii_digits_whatever_the_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(ApproximateDate.ofMonthPart(2021, 3, MonthPart.MID)).hasToString("2021-03-mid");
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(ApproximateDate.parse("2021-03-mid").monthPart()).contains(MonthPart.MID);
        } finally {
            Locale.setDefault(saved);
        }
    }

    // ---------------------------------------------------------------------------------------- queries

    static Stream<Arguments> queries() {
        return Stream.of(
                // text, interval, precision, month part, approximate, uncertain
                arguments("2021", false, Precision.YEAR, null, false, false),
                arguments("2021-03", false, Precision.MONTH, null, false, false),
                arguments("2021-03-early", false, Precision.MONTH, MonthPart.EARLY, false, false),
                arguments("2021-03-late~", false, Precision.MONTH, MonthPart.LATE, true, false),
                arguments("2021-03-23?", false, Precision.DAY, null, false, true),
                arguments("2021-03%", false, Precision.MONTH, null, true, true),
                arguments("2021-02-01/..", true, Precision.DAY, null, false, false),
                arguments("../2021-03-mid", true, Precision.MONTH, null, false, false),
                arguments("2021/2021-03-23", true, Precision.YEAR, null, false, false),
                arguments("2021-03-23/2022", true, Precision.YEAR, null, false, false),
                arguments("2021-02-01~/2021-03", true, Precision.MONTH, null, true, false),
                arguments("2021-02-01/2021-03?", true, Precision.MONTH, null, false, true));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void answers_the_queries(String text, boolean interval, Precision precision, MonthPart part,
            boolean approximate, boolean uncertain) {
        ApproximateDate date = d(text);
        assertThat(date.isInterval()).isEqualTo(interval);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.monthPart()).isEqualTo(Optional.ofNullable(part));
        assertThat(date.isApproximate()).isEqualTo(approximate);
        assertThat(date.isUncertain()).isEqualTo(uncertain);
    }

    @Test
    void gives_the_endpoints_of_an_interval_and_itself_for_a_single_date() {
        assertThat(SINCE_THE_COUP.start()).contains(COUP);
        assertThat(SINCE_THE_COUP.end()).isEmpty();
        assertThat(ApproximateDate.until(AS_OF_TUESDAY).start()).isEmpty();
        assertThat(ApproximateDate.until(AS_OF_TUESDAY).end()).contains(AS_OF_TUESDAY);
        assertThat(d("2021-02-01~/2021-03?").start()).contains(d("2021-02-01~"));
        assertThat(d("2021-02-01~/2021-03?").end()).contains(d("2021-03?"));
        assertThat(EARLY_MARCH.start()).containsSame(EARLY_MARCH);
        assertThat(EARLY_MARCH.end()).containsSame(EARLY_MARCH);
    }

    static Stream<Arguments> bounds() {
        return Stream.of(
                arguments("2021", "2021-01-01", "2021-12-31"),
                arguments("2020%", "2020-01-01", "2020-12-31"),
                arguments("2021-03", "2021-03-01", "2021-03-31"),
                arguments("2021-04", "2021-04-01", "2021-04-30"),
                arguments("2021-02", "2021-02-01", "2021-02-28"),
                arguments("2020-02", "2020-02-01", "2020-02-29"),
                arguments("2021-03-early", "2021-03-01", "2021-03-10"),
                arguments("2021-03-mid", "2021-03-11", "2021-03-20"),
                arguments("2021-03-late", "2021-03-21", "2021-03-31"),
                arguments("2021-04-late", "2021-04-21", "2021-04-30"),
                arguments("2021-02-late", "2021-02-21", "2021-02-28"),
                arguments("2020-02-late", "2020-02-21", "2020-02-29"),
                arguments("2021-03-23", "2021-03-23", "2021-03-23"),
                arguments("2021-03~", "2021-03-01", "2021-03-31"),
                arguments("2021-03-early?", "2021-03-01", "2021-03-10"),
                arguments("0000", "0000-01-01", "0000-12-31"),
                arguments("9999-12-31", "9999-12-31", "9999-12-31"),
                arguments("2021-02-01/2021-03-23", "2021-02-01", "2021-03-23"),
                arguments("2021/2021-03-early", "2021-01-01", "2021-03-10"),
                arguments("2021-03/2021-03-early", "2021-03-01", "2021-03-10"));
    }

    @ParameterizedTest
    @MethodSource("bounds")
    void covers_the_days_of_its_precision(String text, String earliest, String latest) {
        assertThat(d(text).earliest()).isEqualTo(earliest);
        assertThat(d(text).latest()).isEqualTo(latest);
    }

    @Test
    void open_ends_reach_the_ends_of_time() {
        assertThat(SINCE_THE_COUP.earliest()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(SINCE_THE_COUP.latest()).isEqualTo(LocalDate.MAX);
        assertThat(d("../2021-03-23").earliest()).isEqualTo(LocalDate.MIN);
        assertThat(d("../2021-03-23").latest()).isEqualTo(LocalDate.of(2021, 3, 23));
    }

    // ------------------------------------------------------------------------------------------ copies

    @Test
    void copies_with_qualifiers_and_returns_itself_when_nothing_changes() {
        ApproximateDate march = ApproximateDate.ofMonth(2021, 3);
        assertThat(march.withApproximate(false)).isSameAs(march);
        assertThat(march.withUncertain(false)).isSameAs(march);
        ApproximateDate both = march.withUncertain(true).withApproximate(true);
        assertThat(both).hasToString("2021-03%");
        assertThat(both.withApproximate(true)).isSameAs(both);
        assertThat(both.withApproximate(false)).hasToString("2021-03?");
        assertThat(both.withUncertain(false)).hasToString("2021-03~");
        assertThat(both.earliest()).isEqualTo(march.earliest());
        assertThat(both.latest()).isEqualTo(march.latest());
        assertThat(d("2021-02-late?").withApproximate(true)).hasToString("2021-02-late%");
        assertThat(d("2020-02-29").withUncertain(true)).hasToString("2020-02-29?");
    }

    @Test
    void qualifies_each_known_endpoint_of_an_interval() {
        assertThat(SINCE_THE_COUP.withApproximate(true)).hasToString("2021-02-01~/..");
        assertThat(SINCE_THE_COUP.withUncertain(true)).hasToString("2021-02-01?/..");
        assertThat(d("../2021-03").withApproximate(true)).hasToString("../2021-03~");
        assertThat(d("2021-02-01~/2021-03?").withApproximate(true)).hasToString("2021-02-01~/2021-03%");
        assertThat(d("2021-02-01~/2021-03?").withApproximate(false)).hasToString("2021-02-01/2021-03?");
        assertThat(d("2021-02-01~/2021-03?").withUncertain(false)).hasToString("2021-02-01~/2021-03");
        assertThat(SINCE_THE_COUP.withApproximate(false)).isSameAs(SINCE_THE_COUP);
        ApproximateDate qualified = d("2021-02-01%/2021-03%");
        assertThat(qualified.withUncertain(true)).isSameAs(qualified);
    }

    // -------------------------------------------------------------------------------------- validation

    static Stream<Arguments> invalidTexts() {
        return Stream.of(
                arguments("2021-13", List.of(violation("month", ViolationCode.OUT_OF_RANGE,
                        "ApproximateDate.month must be between 1 and 12, got 13"))),
                arguments("2021-00-early", List.of(violation("month", ViolationCode.OUT_OF_RANGE,
                        "ApproximateDate.month must be between 1 and 12, got 0"))),
                arguments("2021-02-29", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "ApproximateDate.day must be a day of 2021-02, got 29"))),
                arguments("2021-04-31", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "ApproximateDate.day must be a day of 2021-04, got 31"))),
                arguments("2021-03-32", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "ApproximateDate.day must be a day of 2021-03, got 32"))),
                arguments("2021-03-00", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "ApproximateDate.day must be a day of 2021-03, got 0"))),
                arguments("2021-13-32", List.of(
                        violation("month", ViolationCode.OUT_OF_RANGE,
                                "ApproximateDate.month must be between 1 and 12, got 13"),
                        violation("day", ViolationCode.OUT_OF_RANGE,
                                "ApproximateDate.day must be between 1 and 31, got 32"))),
                arguments("10000", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '10000'"))),
                arguments("2021-3-01", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '2021-3-01'"))),
                arguments("../..", List.of(violation("text", ViolationCode.INVALID_DATE,
                        "ApproximateDate.text must have a start or an end, got '../..'"))),
                arguments("2021-03-23/2021-03-22", List.of(violation("end", ViolationCode.INTERVAL_INVERTED,
                        "ApproximateDate.end must not end before start begins, got start=2021-03-23, end=2021-03-22"))),
                arguments("2021-03-late/2021-03-early", List.of(violation("end", ViolationCode.INTERVAL_INVERTED,
                        "ApproximateDate.end must not end before start begins, got start=2021-03-late, end=2021-03-early"))),
                arguments("2021-02-30/2021-13", List.of(
                        violation("start.day", ViolationCode.INVALID_DATE,
                                "ApproximateDate.start.day must be a day of 2021-02, got 30"),
                        violation("end.month", ViolationCode.OUT_OF_RANGE,
                                "ApproximateDate.end.month must be between 1 and 12, got 13"))),
                arguments("../2021-02-29", List.of(violation("end.day", ViolationCode.INVALID_DATE,
                        "ApproximateDate.end.day must be a day of 2021-02, got 29"))),
                arguments("2021-03-23/2021-03-24/2021", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '2021-03-23/2021-03-24/2021'"))),
                arguments("", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got ''"))),
                arguments(" 2021\t", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got ' 2021\\u0009'"))),
                arguments("\u0662\u0660\u0662\u0661", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '\\u0662\\u0660\\u0662\\u0661'"))),
                arguments("2021\\", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '2021\\\\'"))),
                arguments("2021-03-Early", List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '2021-03-Early'"))),
                arguments("x".repeat(64), List.of(violation("text", ViolationCode.MALFORMED,
                        "ApproximateDate.text must be " + FORM + ", got '" + "x".repeat(64) + "'"))),
                arguments("x".repeat(65), List.of(violation("text", ViolationCode.TOO_LONG,
                        "ApproximateDate.text must be at most 64 characters long, got 65 characters"))));
    }

    @ParameterizedTest
    @MethodSource("invalidTexts")
    void rejects_an_invalid_text_with_every_violation(String text, List<Violation> expected) {
        assertThat(ApproximateDate.validate(text)).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> ApproximateDate.parse(text))
                .isExactlyInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).isEqualTo(expected));
    }

    @Test
    void accepts_month_12_and_rejects_13() {
        assertThat(ApproximateDate.ofMonth(2021, 12)).hasToString("2021-12");
        assertThatThrownBy(() -> ApproximateDate.ofMonth(2021, 13))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.month must be between 1 and 12, got 13");
        assertThat(ApproximateDate.ofMonthPart(2021, 1, MonthPart.LATE)).hasToString("2021-01-late");
        assertThatThrownBy(() -> ApproximateDate.ofMonthPart(2021, 0, MonthPart.LATE))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.month must be between 1 and 12, got 0");
        assertThat(d("2021-12")).hasToString("2021-12");
        assertThat(ApproximateDate.validate("2021-13")).extracting(Violation::code)
                .containsExactly(ViolationCode.OUT_OF_RANGE);
    }

    @Test
    void accepts_february_29_in_a_leap_year_only() {
        assertThat(ApproximateDate.ofDay(2020, 2, 29)).hasToString("2020-02-29");
        assertThatThrownBy(() -> ApproximateDate.ofDay(2021, 2, 29))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.day must be a day of 2021-02, got 29");
        assertThat(ApproximateDate.ofDay(2021, 2, 28)).hasToString("2021-02-28");
        assertThat(ApproximateDate.ofDay(2021, 3, 1)).hasToString("2021-03-01");
        assertThatThrownBy(() -> ApproximateDate.ofDay(2021, 3, 0))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.day must be a day of 2021-03, got 0");
    }

    @Test
    void accepts_years_0_to_9999_only() {
        assertThat(ApproximateDate.ofYear(9999)).hasToString("9999");
        assertThat(ApproximateDate.ofYear(0)).hasToString("0000");
        assertThatThrownBy(() -> ApproximateDate.ofYear(10000))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.year must be between 0 and 9999, got 10000");
        assertThatThrownBy(() -> ApproximateDate.ofYear(-1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.year must be between 0 and 9999, got -1");
        assertThat(ApproximateDate.of(LocalDate.of(9999, 12, 31))).hasToString("9999-12-31");
        assertThatThrownBy(() -> ApproximateDate.of(LocalDate.of(10000, 1, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.year must be between 0 and 9999, got 10000");
        assertThat(d("9999")).hasToString("9999");
        assertThat(ApproximateDate.validate("99999")).extracting(Violation::code)
                .containsExactly(ViolationCode.MALFORMED);
    }

    @Test
    void reports_every_broken_part_of_a_date_at_once() {
        assertThatThrownBy(() -> ApproximateDate.ofDay(10000, 13, 32))
                .isInstanceOf(ValidationException.class)
                .hasMessage("3 violations: ApproximateDate.year must be between 0 and 9999, got 10000; "
                        + "ApproximateDate.month must be between 1 and 12, got 13; "
                        + "ApproximateDate.day must be between 1 and 31, got 32")
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::path)
                        .containsExactly("year", "month", "day"));
        assertThatThrownBy(() -> ApproximateDate.ofDay(10000, 2, 29))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.year must be between 0 and 9999, got 10000");
    }

    @Test
    void accepts_an_interval_whose_end_equals_or_overlaps_its_start_and_rejects_one_that_ends_before() {
        assertThat(ApproximateDate.between(AS_OF_TUESDAY, AS_OF_TUESDAY)).hasToString("2021-03-23/2021-03-23");
        assertThat(ApproximateDate.between(d("2021-03"), EARLY_MARCH)).hasToString("2021-03/2021-03-early");
        assertThat(ApproximateDate.between(d("2021-03-10"), EARLY_MARCH)).hasToString("2021-03-10/2021-03-early");
        assertThatThrownBy(() -> ApproximateDate.between(d("2021-03-11"), EARLY_MARCH))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.end must not end before start begins, got start=2021-03-11, "
                        + "end=2021-03-early")
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("end", ViolationCode.INTERVAL_INVERTED)));
        assertThatThrownBy(() -> ApproximateDate.between(AS_OF_TUESDAY, COUP))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.end must not end before start begins, got start=2021-03-23, "
                        + "end=2021-02-01");
    }

    @Test
    void rejects_an_interval_as_an_endpoint() {
        assertThatThrownBy(() -> ApproximateDate.between(SINCE_THE_COUP, AS_OF_TUESDAY))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.start must be a single date, got 2021-02-01/..");
        assertThatThrownBy(() -> ApproximateDate.between(COUP, ApproximateDate.until(AS_OF_TUESDAY)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.end must be a single date, got ../2021-03-23");
        assertThatThrownBy(() -> ApproximateDate.since(SINCE_THE_COUP))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.start must be a single date, got 2021-02-01/..");
        assertThatThrownBy(() -> ApproximateDate.until(SINCE_THE_COUP))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ApproximateDate.end must be a single date, got 2021-02-01/..");
        assertThat(ApproximateDate.validate("2021-02-01/..")).isEmpty();
        assertThat(ApproximateDate.validate("2021-02-01/../..")).extracting(Violation::code)
                .containsExactly(ViolationCode.MALFORMED);
    }

    @Test
    void does_not_echo_a_huge_text() {
        String huge = "2021".repeat(256 * 1024);
        ValidationException e = (ValidationException) catchThrowable(() -> ApproximateDate.parse(huge));
        assertThat(e.getMessage())
                .isEqualTo("ApproximateDate.text must be at most 64 characters long, got 1048576 characters");
        assertThat(ApproximateDate.validate(new StringBuilder(huge))).containsExactly(violation("text",
                ViolationCode.TOO_LONG, "ApproximateDate.text must be at most 64 characters long, got 1048576 characters"));
    }

    static Stream<String> hostileTexts() {
        return Stream.of("", " ", "\t", "\n", "2021 ", " 2021", "2021\n", "\u00a02021", "2021\u200b",
                "\uff12\uff10\uff12\uff11", "\u0662\u0660\u0662\u0661", "\ud800", "\udfff2021", "\u0000",
                "2021-03-23/2021-03-24/2021", "/", "//", "../", "/..", "..", "...", "../../..", "2021/", "/2021",
                "2021//2021", "2021-", "2021--03", "-2021", "+2021", "Y2021", "Y17000", "202", "20210",
                "2021-3", "2021-003", "2021-03-1", "2021-03-001", "2021-03-EARLY", "2021-03-early-01",
                "2021-03-23-early", "2021-early", "2021-21", "2021-03-23T00:00", "2021~~", "2021~?", "~2021",
                "2021-XX", "202X", "2021-03-23Z", "2021-03-23/", "2021-03-23/..~", "..~/2021", "2021-02-30",
                "9999-12-31/0000", "0000/../9999", "x".repeat(65), "2".repeat(10_000), "\u0130", "2021-03-m\u0131d");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void rejects_hostile_text_with_a_validation_exception_only(String text) {
        Throwable thrown = catchThrowable(() -> ApproximateDate.parse(text));
        assertThat(thrown).isExactlyInstanceOf(ValidationException.class);
        assertThat(((ValidationException) thrown).violations())
                .isNotEmpty()
                .isEqualTo(ApproximateDate.validate(text));
        assertThat(thrown.getMessage()).hasSizeLessThan(300);
    }

    static Stream<Arguments> nullArguments() {
        ApproximateDate x = COUP;
        return Stream.of(
                arguments((ThrowingCallable) () -> ApproximateDate.ofMonthPart(2021, 3, null), "part"),
                arguments((ThrowingCallable) () -> ApproximateDate.of(null), "day"),
                arguments((ThrowingCallable) () -> ApproximateDate.between(null, x), "start"),
                arguments((ThrowingCallable) () -> ApproximateDate.between(x, null), "end"),
                arguments((ThrowingCallable) () -> ApproximateDate.since(null), "start"),
                arguments((ThrowingCallable) () -> ApproximateDate.until(null), "end"),
                arguments((ThrowingCallable) () -> ApproximateDate.ofDays(null, LocalDate.EPOCH), "first"),
                arguments((ThrowingCallable) () -> ApproximateDate.ofDays(LocalDate.EPOCH, null), "last"),
                arguments((ThrowingCallable) () -> ApproximateDate.parse(null), "text"),
                arguments((ThrowingCallable) () -> ApproximateDate.validate(null), "text"),
                arguments((ThrowingCallable) () -> x.isBefore(null), "other"),
                arguments((ThrowingCallable) () -> x.isAfter(null), "other"),
                arguments((ThrowingCallable) () -> x.overlaps(null), "other"),
                arguments((ThrowingCallable) () -> x.contains(null), "other"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void rejects_null_arguments_with_the_parameter_name(ThrowingCallable call, String name) {
        assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(name);
    }

    // ------------------------------------------------------------------------------------------- order

    static Stream<Arguments> pairs() {
        return Stream.of(
                // a, b, a before b, a after b, a contains b, b contains a
                arguments("2021-02-01", "2021-03-early", true, false, false, false),
                arguments("2021-03-early", "2021-03", false, false, false, true),
                arguments("2021-03-early", "2021-03-mid", true, false, false, false),
                arguments("2021-03-mid", "2021-03-late", true, false, false, false),
                arguments("2021-03-10", "2021-03-early", false, false, false, true),
                arguments("2021-03-11", "2021-03-early", false, true, false, false),
                arguments("2021-02-01/..", "2021-03-23", false, false, true, false),
                arguments("2021-02-01/..", "2021-01", false, true, false, false),
                arguments("../2021-01-31", "2021-02-01/..", true, false, false, false),
                arguments("../2021-02-01", "2021-02-01/..", false, false, false, false),
                arguments("../2021-02-01", "2021", false, false, false, false),
                arguments("2021", "2021-03~", false, false, true, false),
                arguments("2021-03", "2021-03~", false, false, true, true),
                arguments("2020-02-late", "2020-02-29", false, false, true, false),
                arguments("2021-02-late", "2021-03-01", true, false, false, false),
                arguments("2020", "2021", true, false, false, false),
                arguments("2021-02-01/2021-03-23", "2021-03", false, false, false, false),
                arguments("2021-02-01/2021-03-23", "2021-02-late", false, false, true, false));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void orders_partially_both_ways(String aText, String bText, boolean before, boolean after,
            boolean aContainsB, boolean bContainsA) {
        ApproximateDate a = d(aText);
        ApproximateDate b = d(bText);
        assertThat(a.isBefore(b)).isEqualTo(before);
        assertThat(b.isAfter(a)).isEqualTo(before);
        assertThat(a.isAfter(b)).isEqualTo(after);
        assertThat(b.isBefore(a)).isEqualTo(after);
        assertThat(a.overlaps(b)).isEqualTo(!before && !after);
        assertThat(b.overlaps(a)).isEqualTo(!before && !after);
        assertThat(a.contains(b)).isEqualTo(aContainsB);
        assertThat(b.contains(a)).isEqualTo(bContainsA);
    }

    @Test
    void early_march_and_march_are_neither_before_nor_after_each_other() {
        ApproximateDate march = ApproximateDate.ofMonth(2021, 3);
        assertThat(EARLY_MARCH.isBefore(march)).isFalse();
        assertThat(EARLY_MARCH.isAfter(march)).isFalse();
        assertThat(march.isBefore(EARLY_MARCH)).isFalse();
        assertThat(march.isAfter(EARLY_MARCH)).isFalse();
        assertThat(EARLY_MARCH.overlaps(march)).isTrue();
        assertThat(march.contains(EARLY_MARCH)).isTrue();
        assertThat(EARLY_MARCH.contains(march)).isFalse();
        assertThat(COUP.isBefore(EARLY_MARCH)).isTrue();
        assertThat(SINCE_THE_COUP.contains(AS_OF_TUESDAY)).isTrue();
    }

    @Test
    void sorts_chronologically_by_earliest_then_latest_then_text() {
        List<ApproximateDate> dates = new ArrayList<>(List.of(d("2021-02-01/.."), d("2021-02-01"), d("2021"),
                d("2021-02"), d("../2021-03-23"), d("2021-02~"), d("2021-02?")));
        dates.sort(ApproximateDate.CHRONOLOGICAL);
        assertThat(dates).extracting(ApproximateDate::toString).containsExactly(
                "../2021-03-23", "2021", "2021-02-01", "2021-02", "2021-02?", "2021-02~", "2021-02-01/..");
    }

    // ----------------------------------------------------------------------------------- equality, serial

    @Test
    void equal_when_the_canonical_texts_are_equal() {
        assertThat(ApproximateDate.ofDay(2021, 2, 1)).isEqualTo(d("2021-02-01")).hasSameHashCodeAs(d("2021-02-01"));
        assertThat(ApproximateDate.ofMonth(2021, 3)).isNotEqualTo(d("2021-03~"));
        assertThat(ApproximateDate.ofMonth(2021, 3)).isNotEqualTo(d("2021-03-01/2021-03-31"));
        assertThat(COUP).isNotEqualTo("2021-02-01").isNotEqualTo(null);
    }

    @Test
    void survives_java_serialization() {
        for (String text : canonicalTexts().toArray(String[]::new)) {
            ApproximateDate date = d(text);
            ApproximateDate copy = SerializationSupport.roundTrip(date);
            assertThat(copy).isEqualTo(date);
            assertThat(copy.earliest()).isEqualTo(date.earliest());
            assertThat(copy.latest()).isEqualTo(date.latest());
            assertThat(copy.precision()).isEqualTo(date.precision());
            assertThat(copy.start()).isEqualTo(date.start());
        }
        TreeSet<ApproximateDate> sorted = new TreeSet<>(ApproximateDate.CHRONOLOGICAL);
        sorted.addAll(List.of(AS_OF_TUESDAY, COUP, EARLY_MARCH));
        assertThat(SerializationSupport.roundTrip(sorted)).containsExactly(COUP, EARLY_MARCH, AS_OF_TUESDAY);
    }

    @Test
    void rejects_a_crafted_stream_with_an_invalid_date() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(d("2021-03-23"));
        }
        byte[] stream = bytes.toByteArray();
        byte[] valid = "2021-03-23".getBytes(StandardCharsets.US_ASCII);
        byte[] invalid = "2021-02-30".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(stream, valid);
        assertThat(at).isNotNegative();
        System.arraycopy(invalid, 0, stream, at, invalid.length);
        Throwable thrown = catchThrowable(() -> {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
                in.readObject();
            }
        });
        assertThat(thrown).isExactlyInstanceOf(InvalidObjectException.class)
                .hasMessage("ApproximateDate.day must be a day of 2021-02, got 30")
                .hasCauseExactlyInstanceOf(ValidationException.class);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------ random properties

    private static final int SAMPLES = 5_000;

    /** A seed for the random generators: {@code -Ddemarche.seed=...} replays a failure. */
    private static long seed() {
        return Long.getLong("demarche.seed", ThreadLocalRandom.current().nextLong());
    }

    /** Random dates, mostly around the reference article's years so that they often overlap. */
    private static final class Dates {
        private final Random random;

        Dates(long seed) {
            this.random = new Random(seed);
        }

        ApproximateDate any() {
            int kind = random.nextInt(10);
            if (kind == 0) {
                return ApproximateDate.since(single());
            }
            if (kind == 1) {
                return ApproximateDate.until(single());
            }
            if (kind <= 3) {
                ApproximateDate a = single();
                ApproximateDate b = single();
                return b.latest().isBefore(a.earliest()) ? ApproximateDate.between(b, a) : ApproximateDate.between(a, b);
            }
            return single();
        }

        ApproximateDate single() {
            int year = random.nextInt(20) == 0 ? random.nextInt(10_000) : 2019 + random.nextInt(4);
            int month = 1 + random.nextInt(12);
            ApproximateDate date;
            switch (random.nextInt(4)) {
                case 0:
                    date = ApproximateDate.ofYear(year);
                    break;
                case 1:
                    date = ApproximateDate.ofMonth(year, month);
                    break;
                case 2:
                    date = ApproximateDate.ofMonthPart(year, month, MonthPart.values()[random.nextInt(3)]);
                    break;
                default:
                    LocalDate day = LocalDate.of(year, month, 1);
                    date = ApproximateDate.of(day.plusDays(random.nextInt(day.lengthOfMonth())));
                    break;
            }
            return date.withApproximate(random.nextInt(4) == 0).withUncertain(random.nextInt(4) == 0);
        }

        /** A text near the grammar: a canonical text with a few random edits, or random characters. */
        String nearText() {
            String alphabet = "0123456789-/.~?%early mid late Y X T:\t\\\u00a0\u200b\u0662\uff12\ud800";
            StringBuilder text = new StringBuilder(random.nextInt(8) == 0 ? "" : any().toString());
            int edits = random.nextInt(8) == 0 ? random.nextInt(80) : 1 + random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                int at = text.length() == 0 ? 0 : random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (text.length() == 0 ? 0 : random.nextInt(3)) {
                    case 0:
                        text.insert(at, c);
                        break;
                    case 1:
                        text.deleteCharAt(at);
                        break;
                    default:
                        text.setCharAt(at, c);
                        break;
                }
            }
            return text.toString();
        }
    }

    @Test
    void parse_reads_back_what_to_string_writes() {
        long seed = seed();
        Dates dates = new Dates(seed);
        for (int i = 0; i < SAMPLES; i++) {
            ApproximateDate date = dates.any();
            ApproximateDate copy = ApproximateDate.parse(date.toString());
            assertThat(copy).as("seed=%d, date=%s", seed, date).isEqualTo(date).hasSameHashCodeAs(date);
            assertThat(copy.toString()).as("seed=%d, date=%s", seed, date).isEqualTo(date.toString());
            assertThat(copy.earliest()).as("seed=%d, date=%s", seed, date).isEqualTo(date.earliest());
            assertThat(copy.latest()).as("seed=%d, date=%s", seed, date).isEqualTo(date.latest());
            assertThat(date.earliest()).as("seed=%d, date=%s", seed, date).isBeforeOrEqualTo(date.latest());
        }
    }

    @Test
    void is_before_is_a_strict_partial_order_mirrored_by_is_after() {
        long seed = seed();
        Dates dates = new Dates(seed);
        int chains = 0;
        for (int i = 0; i < SAMPLES * 4; i++) {
            ApproximateDate a = dates.any();
            ApproximateDate b = dates.any();
            ApproximateDate c = dates.any();
            String where = "seed=" + seed + ", a=" + a + ", b=" + b + ", c=" + c;
            assertThat(a.isBefore(a)).as("irreflexive, %s", where).isFalse();
            assertThat(a.isBefore(b) && b.isBefore(a)).as("asymmetric, %s", where).isFalse();
            if (a.isBefore(b) && b.isBefore(c)) {
                chains++;
                assertThat(a.isBefore(c)).as("transitive, %s", where).isTrue();
            }
            assertThat(a.isBefore(b)).as("mirrored by isAfter, %s", where).isEqualTo(b.isAfter(a));
            assertThat(a.overlaps(b)).as("overlaps symmetric, %s", where).isEqualTo(b.overlaps(a));
            assertThat(a.overlaps(b)).as("overlaps when neither is before, %s", where)
                    .isEqualTo(!a.isBefore(b) && !a.isAfter(b));
            assertThat(a.overlaps(a) && a.contains(a)).as("reflexive, %s", where).isTrue();
            if (a.contains(b)) {
                assertThat(a.overlaps(b)).as("containment overlaps, %s", where).isTrue();
            }
            if (a.isBefore(b)) {
                assertThat(ApproximateDate.CHRONOLOGICAL.compare(a, b)).as("chronological, %s", where).isNegative();
            }
        }
        assertThat(chains).as("seed=%d: the generator must produce chains a < b < c", seed).isPositive();
    }

    @Test
    void chronological_is_a_total_order_consistent_with_equals() {
        long seed = seed();
        Dates dates = new Dates(seed);
        for (int i = 0; i < SAMPLES * 4; i++) {
            ApproximateDate a = dates.any();
            ApproximateDate b = i % 5 == 0 ? ApproximateDate.parse(a.toString()) : dates.any();
            ApproximateDate c = dates.any();
            String where = "seed=" + seed + ", a=" + a + ", b=" + b + ", c=" + c;
            int ab = ApproximateDate.CHRONOLOGICAL.compare(a, b);
            int ba = ApproximateDate.CHRONOLOGICAL.compare(b, a);
            int bc = ApproximateDate.CHRONOLOGICAL.compare(b, c);
            int ac = ApproximateDate.CHRONOLOGICAL.compare(a, c);
            assertThat(Integer.signum(ab)).as("antisymmetric, %s", where).isEqualTo(-Integer.signum(ba));
            assertThat(ab == 0).as("consistent with equals, %s", where).isEqualTo(a.equals(b));
            if (a.equals(b)) {
                assertThat(a.hashCode()).as("hash code, %s", where).isEqualTo(b.hashCode());
            }
            if (ab <= 0 && bc <= 0) {
                assertThat(ac).as("transitive, %s", where).isNotPositive();
            }
            if (ab < 0 && bc < 0) {
                assertThat(ac).as("transitive, %s", where).isNegative();
            }
        }
    }

    @Test
    void random_dates_survive_java_serialization() {
        long seed = seed();
        Dates dates = new Dates(seed);
        for (int i = 0; i < SAMPLES / 5; i++) {
            ApproximateDate date = dates.any();
            assertThat(SerializationSupport.roundTrip(date)).as("seed=%d, date=%s", seed, date).isEqualTo(date);
        }
    }

    @Test
    void random_near_texts_parse_to_themselves_or_throw_a_validation_exception() {
        long seed = seed();
        Dates dates = new Dates(seed);
        int accepted = 0;
        for (int i = 0; i < SAMPLES * 4; i++) {
            String text = dates.nearText();
            String where = "seed=" + seed + ", text='" + text + "'";
            Throwable thrown = catchThrowable(() -> ApproximateDate.parse(text));
            List<Violation> violations = ApproximateDate.validate(text);
            if (thrown == null) {
                accepted++;
                assertThat(ApproximateDate.parse(text)).as("strict, %s", where).hasToString(extended(text));
                assertThat(violations).as("validate agrees, %s", where).isEmpty();
            } else {
                assertThat(thrown).as("only ValidationException, %s", where).isExactlyInstanceOf(ValidationException.class);
                assertThat(violations).as("validate agrees, %s", where)
                        .isNotEmpty()
                        .isEqualTo(((ValidationException) thrown).violations());
            }
        }
        assertThat(accepted).as("seed=%d: some edits must still be valid", seed).isPositive();
    }

    @Test
    void first_and_last_days_agree_with_local_date_across_calendar_rules() {
        // leap years by 4, 100 and 400, the ends of the range, and the years of the sources
        for (int year : new int[] {0, 1, 4, 100, 400, 1582, 1900, 1970, 2000, 2020, 2021, 2100, 9999}) {
            String yearText = String.format(Locale.ROOT, "%04d", year);
            assertThat(d(yearText).earliest()).isEqualTo(LocalDate.of(year, 1, 1));
            assertThat(d(yearText).latest()).isEqualTo(LocalDate.of(year, 12, 31));
            for (int month = 1; month <= 12; month++) {
                LocalDate first = LocalDate.of(year, month, 1);
                String monthText = yearText + String.format(Locale.ROOT, "-%02d", month);
                assertThat(d(monthText).earliest()).isEqualTo(first);
                assertThat(d(monthText).latest()).isEqualTo(first.withDayOfMonth(first.lengthOfMonth()));
                assertThat(d(monthText + "-mid").earliest()).isEqualTo(first.withDayOfMonth(11));
                assertThat(d(monthText + "-late").latest()).isEqualTo(first.withDayOfMonth(first.lengthOfMonth()));
                for (int day = 1; day <= first.lengthOfMonth(); day++) {
                    LocalDate date = first.withDayOfMonth(day);
                    assertThat(d(date.toString()).earliest()).isEqualTo(date);
                }
                assertThat(ApproximateDate.validate(monthText + String.format(Locale.ROOT, "-%02d",
                        first.lengthOfMonth() + 1))).extracting(Violation::code).containsExactly(ViolationCode.INVALID_DATE);
            }
        }
    }
}
