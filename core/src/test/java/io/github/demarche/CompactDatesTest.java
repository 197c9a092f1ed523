package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompactDatesTest {

    private static final String DATE_FORM = "an ISO 8601 basic date YYYYMMDD such as '20191024'";
    private static final String TIMESTAMP_FORM = "a UTC timestamp YYYYMMDDHHMMSS such as '20191024143000'";
    private static final int SAMPLES = 20_000;

    private static Violation violation(String path, ViolationCode code, String message) {
        return Violation.of(path, code, message);
    }

    // ------------------------------------------------------------------------------------------ days

    @Test
    void reads_and_writes_gdelt_1_date_added() {
        LocalDate day = CompactDates.parseDate("20160728");
        assertThat(day).isEqualTo(LocalDate.of(2016, 7, 28));
        assertThat(CompactDates.formatDate(day)).isEqualTo("20160728");
        assertThat(CompactDates.parseDate(new StringBuilder("20160728"))).isEqualTo(day);
        assertThat(CompactDates.validateDate("20160728")).isEmpty();
    }

    static Stream<Arguments> validDates() {
        return Stream.of(
                arguments("00000101", LocalDate.of(0, 1, 1)),
                arguments("99991231", LocalDate.of(9999, 12, 31)),
                arguments("20200229", LocalDate.of(2020, 2, 29)),
                arguments("20000229", LocalDate.of(2000, 2, 29)),
                arguments("20190228", LocalDate.of(2019, 2, 28)),
                arguments("20191231", LocalDate.of(2019, 12, 31)),
                arguments("20190430", LocalDate.of(2019, 4, 30)),
                arguments("19700101", LocalDate.EPOCH));
    }

    @ParameterizedTest
    @MethodSource("validDates")
    void reads_and_writes_the_boundaries_of_a_day(String text, LocalDate day) {
        assertThat(CompactDates.parseDate(text)).isEqualTo(day);
        assertThat(CompactDates.formatDate(day)).isEqualTo(text);
        assertThat(ApproximateDate.parse(text)).isEqualTo(ApproximateDate.of(day));
    }

    static Stream<Arguments> invalidDates() {
        return Stream.of(
                arguments("2019102", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + DATE_FORM + ", got '2019102'"))),
                arguments("201910245", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + DATE_FORM + ", got '201910245'"))),
                arguments("", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + DATE_FORM + ", got ''"))),
                arguments("2019-10-24", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + DATE_FORM + ", got '2019-10-24'"))),
                arguments(" 2019102", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + DATE_FORM + ", got ' 2019102'"))),
                arguments("+2019102", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + DATE_FORM + ", got '+2019102'"))),
                arguments("2019102\u0664", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + DATE_FORM + ", got '2019102\\u0664'"))),
                arguments("20191024143000", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + DATE_FORM + ", got '20191024143000'"))),
                arguments("20191324", List.of(violation("month", ViolationCode.OUT_OF_RANGE,
                        "CompactDates.month must be between 1 and 12, got 13"))),
                arguments("20190024", List.of(violation("month", ViolationCode.OUT_OF_RANGE,
                        "CompactDates.month must be between 1 and 12, got 0"))),
                arguments("20191032", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "CompactDates.day must be a day of 2019-10, got 32"))),
                arguments("20191000", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "CompactDates.day must be a day of 2019-10, got 0"))),
                arguments("20191131", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "CompactDates.day must be a day of 2019-11, got 31"))),
                arguments("20190229", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "CompactDates.day must be a day of 2019-02, got 29"))),
                arguments("21000229", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "CompactDates.day must be a day of 2100-02, got 29"))),
                arguments("00000230", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "CompactDates.day must be a day of 0000-02, got 30"))),
                arguments("20191332", List.of(
                        violation("month", ViolationCode.OUT_OF_RANGE,
                                "CompactDates.month must be between 1 and 12, got 13"),
                        violation("day", ViolationCode.OUT_OF_RANGE,
                                "CompactDates.day must be between 1 and 31, got 32"))));
    }

    @ParameterizedTest
    @MethodSource("invalidDates")
    void rejects_an_invalid_day_with_every_violation(String text, List<Violation> expected) {
        assertThat(CompactDates.validateDate(text)).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> CompactDates.parseDate(text))
                .isExactlyInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).isEqualTo(expected));
    }

    @Test
    void refuses_to_write_a_day_outside_the_four_digit_years() {
        assertThatThrownBy(() -> CompactDates.formatDate(LocalDate.of(10000, 1, 1)))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("CompactDates.date.year must be between 0 and 9999, got 10000")
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("date.year", ViolationCode.OUT_OF_RANGE)));
        assertThatThrownBy(() -> CompactDates.formatDate(LocalDate.of(-1, 12, 31)))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("CompactDates.date.year must be between 0 and 9999, got -1");
        assertThat(CompactDates.formatDate(LocalDate.of(0, 1, 1))).isEqualTo("00000101");
    }

    // ------------------------------------------------------------------------------------ timestamps

    @Test
    void reads_and_writes_gdelt_2_date_added_in_utc() {
        Instant added = CompactDates.parseTimestamp("20191024143000");
        assertThat(added).isEqualTo(Instant.parse("2019-10-24T14:30:00Z"));
        assertThat(CompactDates.formatTimestamp(added)).isEqualTo("20191024143000");
        assertThat(CompactDates.parseTimestamp(new StringBuilder("20191024143000"))).isEqualTo(added);
        assertThat(CompactDates.validateTimestamp("20191024143000")).isEmpty();
    }

    static Stream<Arguments> validTimestamps() {
        return Stream.of(
                arguments("00000101000000", Instant.parse("0000-01-01T00:00:00Z")),
                arguments("99991231235959", Instant.parse("9999-12-31T23:59:59Z")),
                arguments("19700101000000", Instant.EPOCH),
                arguments("19691231235959", Instant.ofEpochSecond(-1)),
                arguments("20200229120000", Instant.parse("2020-02-29T12:00:00Z")),
                arguments("20191024000001", Instant.parse("2019-10-24T00:00:01Z")));
    }

    @ParameterizedTest
    @MethodSource("validTimestamps")
    void reads_and_writes_the_boundaries_of_a_timestamp(String text, Instant instant) {
        assertThat(CompactDates.parseTimestamp(text)).isEqualTo(instant);
        assertThat(CompactDates.formatTimestamp(instant)).isEqualTo(text);
    }

    static Stream<Arguments> invalidTimestamps() {
        return Stream.of(
                arguments("2019102414300", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + TIMESTAMP_FORM + ", got '2019102414300'"))),
                arguments("201910241430000", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + TIMESTAMP_FORM + ", got '201910241430000'"))),
                arguments("20191024", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + TIMESTAMP_FORM + ", got '20191024'"))),
                arguments("20191024T14300", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + TIMESTAMP_FORM + ", got '20191024T14300'"))),
                arguments("2019102414300Z", List.of(violation("text", ViolationCode.MALFORMED,
                        "CompactDates.text must be " + TIMESTAMP_FORM + ", got '2019102414300Z'"))),
                arguments("20191024240000", List.of(violation("hour", ViolationCode.OUT_OF_RANGE,
                        "CompactDates.hour must be between 0 and 23, got 24"))),
                arguments("20191024236000", List.of(violation("minute", ViolationCode.OUT_OF_RANGE,
                        "CompactDates.minute must be between 0 and 59, got 60"))),
                arguments("20191024235960", List.of(violation("second", ViolationCode.OUT_OF_RANGE,
                        "CompactDates.second must be between 0 and 59, got 60"))),
                arguments("20190229143000", List.of(violation("day", ViolationCode.INVALID_DATE,
                        "CompactDates.day must be a day of 2019-02, got 29"))),
                arguments("20191332999999", List.of(
                        violation("month", ViolationCode.OUT_OF_RANGE,
                                "CompactDates.month must be between 1 and 12, got 13"),
                        violation("day", ViolationCode.OUT_OF_RANGE,
                                "CompactDates.day must be between 1 and 31, got 32"),
                        violation("hour", ViolationCode.OUT_OF_RANGE,
                                "CompactDates.hour must be between 0 and 23, got 99"),
                        violation("minute", ViolationCode.OUT_OF_RANGE,
                                "CompactDates.minute must be between 0 and 59, got 99"),
                        violation("second", ViolationCode.OUT_OF_RANGE,
                                "CompactDates.second must be between 0 and 59, got 99"))));
    }

    @ParameterizedTest
    @MethodSource("invalidTimestamps")
    void rejects_an_invalid_timestamp_with_every_violation(String text, List<Violation> expected) {
        assertThat(CompactDates.validateTimestamp(text)).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> CompactDates.parseTimestamp(text))
                .isExactlyInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).isEqualTo(expected));
    }

    @Test
    void refuses_to_write_what_the_timestamp_cannot_hold() {
        assertThatThrownBy(() -> CompactDates.formatTimestamp(Instant.parse("2019-10-24T14:30:00.500Z")))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("CompactDates.instant must be a whole second, got 2019-10-24T14:30:00.500Z")
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::code)
                        .containsExactly(ViolationCode.NOT_REPRESENTABLE));
        assertThatThrownBy(() -> CompactDates.formatTimestamp(Instant.parse("2019-10-24T14:30:00.000000001Z")))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("CompactDates.instant must be a whole second, got 2019-10-24T14:30:00.000000001Z");
        assertThatThrownBy(() -> CompactDates.formatTimestamp(Instant.parse("+10000-01-01T00:00:00Z")))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("CompactDates.instant must be from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z, "
                        + "got +10000-01-01T00:00:00Z")
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("instant", ViolationCode.OUT_OF_RANGE)));
        assertThatThrownBy(() -> CompactDates.formatTimestamp(Instant.parse("-0001-12-31T23:59:59.5Z")))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("2 violations: CompactDates.instant must be from 0000-01-01T00:00:00Z to "
                        + "9999-12-31T23:59:59Z, got -0001-12-31T23:59:59.500Z; "
                        + "CompactDates.instant must be a whole second, got -0001-12-31T23:59:59.500Z");
        assertThatThrownBy(() -> CompactDates.formatTimestamp(Instant.MAX))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessageStartingWith("2 violations: CompactDates.instant must be from 0000-01-01T00:00:00Z");
        assertThatThrownBy(() -> CompactDates.formatTimestamp(Instant.MIN))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("CompactDates.instant must be from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z, "
                        + "got -1000000000-01-01T00:00:00Z");
        assertThat(CompactDates.formatTimestamp(Instant.parse("9999-12-31T23:59:59Z"))).isEqualTo("99991231235959");
        assertThat(CompactDates.formatTimestamp(Instant.parse("0000-01-01T00:00:00Z"))).isEqualTo("00000101000000");
    }

    @Test
    void a_timestamp_of_midnight_has_the_day_of_the_basic_date() {
        Instant midnight = CompactDates.parseTimestamp("20160728000000");
        assertThat(midnight.atOffset(ZoneOffset.UTC).toLocalDate()).isEqualTo(CompactDates.parseDate("20160728"));
    }

    // ------------------------------------------------------------------------------------ properties

    @Test
    void random_days_and_timestamps_round_trip_exactly() {
        long seed = RandomValues.seed();
        Random random = new Random(seed);
        long firstSecond = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long lastSecond = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < SAMPLES; i++) {
            long second = i % 2 == 0
                    ? firstSecond + (long) (random.nextDouble() * (lastSecond - firstSecond + 1))
                    : Instant.parse("2015-02-18T00:00:00Z").getEpochSecond() + random.nextInt(400_000_000);
            Instant instant = Instant.ofEpochSecond(second);
            String where = "seed=" + seed + ", instant=" + instant;
            String timestamp = CompactDates.formatTimestamp(instant);
            assertThat(timestamp).as(where).hasSize(14).isEqualTo(reference(instant));
            assertThat(CompactDates.parseTimestamp(timestamp)).as(where).isEqualTo(instant);
            LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
            String date = CompactDates.formatDate(day);
            assertThat(date).as(where).isEqualTo(timestamp.substring(0, 8));
            assertThat(CompactDates.parseDate(date)).as(where).isEqualTo(day);
            assertThat(ApproximateDate.parse(date)).as(where).isEqualTo(ApproximateDate.of(day));
        }
    }

    /** The form written another way, with the JDK's formatter, to check the hand-written writer. */
    private static String reference(Instant instant) {
        return DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
                .withZone(ZoneOffset.UTC).format(instant);
    }

    @Test
    void random_digit_texts_parse_and_write_back_or_throw_a_validation_exception() {
        long seed = RandomValues.seed();
        Random random = new Random(seed);
        int accepted = 0;
        for (int i = 0; i < SAMPLES; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(10) == 0 ? random.nextInt(17) : random.nextBoolean() ? 8 : 14;
            text.append(1900 + random.nextInt(200));
            while (text.length() < length) {
                text.append((char) ('0' + random.nextInt(random.nextInt(3) == 0 ? 10 : 4)));
            }
            text.setLength(length);
            String candidate = text.toString();
            String where = "seed=" + seed + ", text='" + candidate + "'";
            Throwable dateThrown = catchThrowable(() -> CompactDates.parseDate(candidate));
            if (dateThrown == null) {
                accepted++;
                assertThat(CompactDates.formatDate(CompactDates.parseDate(candidate))).as(where).isEqualTo(candidate);
                assertThat(CompactDates.validateDate(candidate)).as(where).isEmpty();
            } else {
                assertThat(dateThrown).as(where).isExactlyInstanceOf(ValidationException.class);
                assertThat(CompactDates.validateDate(candidate)).as(where)
                        .isEqualTo(((ValidationException) dateThrown).violations());
            }
            Throwable timestampThrown = catchThrowable(() -> CompactDates.parseTimestamp(candidate));
            if (timestampThrown == null) {
                accepted++;
                assertThat(CompactDates.formatTimestamp(CompactDates.parseTimestamp(candidate))).as(where)
                        .isEqualTo(candidate);
                assertThat(CompactDates.validateTimestamp(candidate)).as(where).isEmpty();
            } else {
                assertThat(timestampThrown).as(where).isExactlyInstanceOf(ValidationException.class);
                assertThat(CompactDates.validateTimestamp(candidate)).as(where)
                        .isEqualTo(((ValidationException) timestampThrown).violations());
            }
        }
        assertThat(accepted).as("seed=%d: some texts must be valid", seed).isPositive();
    }

    // ------------------------------------------------------------------------------------------ nulls

    static Stream<Arguments> nullArguments() {
        return Stream.of(
                arguments((ThrowingCallable) () -> CompactDates.parseDate(null), "text"),
                arguments((ThrowingCallable) () -> CompactDates.validateDate(null), "text"),
                arguments((ThrowingCallable) () -> CompactDates.formatDate(null), "date"),
                arguments((ThrowingCallable) () -> CompactDates.parseTimestamp(null), "text"),
                arguments((ThrowingCallable) () -> CompactDates.validateTimestamp(null), "text"),
                arguments((ThrowingCallable) () -> CompactDates.formatTimestamp(null), "instant"));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void rejects_null_arguments_with_the_parameter_name(ThrowingCallable call, String name) {
        assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(name);
    }
}
