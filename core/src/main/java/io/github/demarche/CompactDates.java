package io.github.demarche;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the compact, all-digit dates and times that event datasets write: the ISO 8601
 * basic form of a day, {@code YYYYMMDD}, and a UTC timestamp to the second,
 * {@code YYYYMMDDHHMMSS}.
 *
 * <p>GDELT 1.0 writes the day a row was added ({@code DATEADDED}) as {@code 20160728}; GDELT 2.0
 * writes it as {@code 20191024143000}, in UTC. These are when the dataset coded the row, not when
 * the event happened, so they are plain {@link LocalDate}s and {@link Instant}s rather than
 * {@link ApproximateDate}s (which read the basic form of a day too, for GDELT's {@code SQLDATE}):
 * <pre>{@code
 * Instant added = CompactDates.parseTimestamp("20191024143000");  // 2019-10-24T14:30:00Z
 * CompactDates.formatTimestamp(added);                            // "20191024143000"
 * LocalDate day = CompactDates.parseDate("20160728");             // 2016-07-28
 * CompactDates.formatDate(day);                                   // "20160728"
 * }</pre>
 *
 * <p>Reading and writing are exact inverses: {@code formatDate(parseDate(t))} and
 * {@code formatTimestamp(parseTimestamp(t))} give back {@code t} for every text {@code t} they
 * accept, so a row written back is the row read. Reading is strict: exactly 8 or 14 ASCII digits,
 * no sign, no white space, no separators, no offset; a month from 01 to 12, a day that the month
 * has, an hour from 00 to 23, a minute and a second from 00 to 59 (no leap second). Writing refuses
 * what the form cannot hold rather than lose it: a year outside 0000 to 9999, or an instant with a
 * fraction of a second.
 *
 * <p>Every method reports all broken rules at once in a {@link ValidationException}: the text is
 * not of the form ({@link ViolationCode#MALFORMED MALFORMED}, at {@code text}), a month, day,
 * hour, minute, second or year is out of range ({@link ViolationCode#OUT_OF_RANGE OUT_OF_RANGE},
 * at {@code month}, {@code day}, {@code hour}, {@code minute}, {@code second}, {@code date.year} or
 * {@code instant}), the month has no such day ({@link ViolationCode#INVALID_DATE
 * INVALID_DATE}, at {@code day}), or an instant has a fraction of a second
 * ({@link ViolationCode#NOT_REPRESENTABLE NOT_REPRESENTABLE}, at {@code instant}).
 * {@link #validateDate(CharSequence)} and {@link #validateTimestamp(CharSequence)} return the
 * violations without throwing.
 *
 * <p>This class is a holder of static methods; it is thread-safe.
 *
 * @since 0.2
 */
public final class CompactDates {

    private static final String TYPE = "CompactDates";
    private static final int DATE_LENGTH = 8;
    private static final int TIMESTAMP_LENGTH = 14;
    private static final String DATE_FORM = "an ISO 8601 basic date YYYYMMDD such as '20191024'";
    private static final String TIMESTAMP_FORM = "a UTC timestamp YYYYMMDDHHMMSS such as '20191024143000'";
    private static final int MAX_YEAR = 9999;
    private static final int SECONDS_PER_DAY = 86_400;
    /** The first and last seconds that the timestamp form can write: 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
    private static final long FIRST_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final long LAST_SECOND = LocalDate.of(MAX_YEAR + 1, 1, 1).toEpochDay() * SECONDS_PER_DAY - 1;

    private CompactDates() {
    }

    // ------------------------------------------------------------------------------------------ days

    /**
     * Obtains a day from its ISO 8601 basic form, such as 2016-07-28 from {@code 20160728}, as
     * GDELT 1.0 writes {@code DATEADDED} and GDELT writes {@code SQLDATE}.
     *
     * @param text  exactly 8 ASCII digits {@code YYYYMMDD}, not null
     * @return the day, not null
     * @throws ValidationException if the text is not 8 ASCII digits ({@code MALFORMED}), the month
     *     is not from 01 to 12 ({@code OUT_OF_RANGE}) or the month has no such day
     *     ({@code INVALID_DATE}, or {@code OUT_OF_RANGE} if the month is itself invalid and the day
     *     is not from 01 to 31)
     */
    public static LocalDate parseDate(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Violations violations = Violations.of(TYPE);
        long epochDay = readDate(violations, text);
        violations.throwIfAny();
        return LocalDate.ofEpochDay(epochDay);
    }

    /**
     * Checks if a text is a day in the ISO 8601 basic form, without throwing.
     *
     * @param text  the candidate text, not null
     * @return the violations {@link #parseDate(CharSequence)} would throw, empty if the text is valid
     */
    public static List<Violation> validateDate(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Violations violations = Violations.of(TYPE);
        readDate(violations, text);
        return violations.list();
    }

    /**
     * Writes a day in the ISO 8601 basic form, such as {@code 20160728} for 2016-07-28: the
     * inverse of {@link #parseDate(CharSequence)}.
     *
     * @param date  the day, with a year from 0 to 9999, not null
     * @return the 8 ASCII digits {@code YYYYMMDD}, not null
     * @throws ValidationException if the year is not from 0 to 9999 ({@code OUT_OF_RANGE} at
     *     {@code date.year})
     */
    public static String formatDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Violations violations = Violations.of(TYPE);
        checkYear(violations, "date.year", date.getYear());
        violations.throwIfAny();
        char[] digits = new char[DATE_LENGTH];
        writeDate(digits, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        return new String(digits);
    }

    // ------------------------------------------------------------------------------------ timestamps

    /**
     * Obtains an instant from a UTC timestamp to the second, such as 2019-10-24T14:30:00Z from
     * {@code 20191024143000}, as GDELT 2.0 writes {@code DATEADDED}.
     *
     * @param text  exactly 14 ASCII digits {@code YYYYMMDDHHMMSS}, in UTC, not null
     * @return the instant, not null
     * @throws ValidationException if the text is not 14 ASCII digits ({@code MALFORMED}), the
     *     month, hour, minute or second is out of range ({@code OUT_OF_RANGE}) or the month has no
     *     such day ({@code INVALID_DATE})
     */
    public static Instant parseTimestamp(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Violations violations = Violations.of(TYPE);
        long epochSecond = readTimestamp(violations, text);
        violations.throwIfAny();
        return Instant.ofEpochSecond(epochSecond);
    }

    /**
     * Checks if a text is a UTC timestamp to the second, without throwing.
     *
     * @param text  the candidate text, not null
     * @return the violations {@link #parseTimestamp(CharSequence)} would throw, empty if the text is
     *     valid
     */
    public static List<Violation> validateTimestamp(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Violations violations = Violations.of(TYPE);
        readTimestamp(violations, text);
        return violations.list();
    }

    /**
     * Writes an instant as a UTC timestamp to the second, such as {@code 20191024143000} for
     * 2019-10-24T14:30:00Z: the inverse of {@link #parseTimestamp(CharSequence)}.
     *
     * @param instant  the instant, a whole second from 0000-01-01T00:00:00Z to
     *     9999-12-31T23:59:59Z, not null
     * @return the 14 ASCII digits {@code YYYYMMDDHHMMSS}, not null
     * @throws ValidationException if the instant is outside those years ({@code OUT_OF_RANGE}) or
     *     has a fraction of a second, which the form cannot hold ({@code NOT_REPRESENTABLE}), both
     *     at {@code instant}
     */
    public static String formatTimestamp(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Violations violations = Violations.of(TYPE);
        long epochSecond = instant.getEpochSecond();
        if (epochSecond < FIRST_SECOND || epochSecond > LAST_SECOND) {
            violations.addRaw("instant", ViolationCode.OUT_OF_RANGE,
                    "be from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z", instant.toString());
        }
        if (instant.getNano() != 0) {
            violations.addRaw("instant", ViolationCode.NOT_REPRESENTABLE, "be a whole second", instant.toString());
        }
        violations.throwIfAny();
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        char[] digits = new char[TIMESTAMP_LENGTH];
        writeDate(digits, time.getYear(), time.getMonthValue(), time.getDayOfMonth());
        writeDigits(digits, 8, time.getHour(), 2);
        writeDigits(digits, 10, time.getMinute(), 2);
        writeDigits(digits, 12, time.getSecond(), 2);
        return new String(digits);
    }

    // ------------------------------------------------------------------------------------- reading

    /** What the readers return for a text with violations. */
    private static final long INVALID = Long.MIN_VALUE;

    /** Reads {@code YYYYMMDD}; returns the epoch day, or {@link #INVALID} with violations added. */
    private static long readDate(Violations violations, CharSequence text) {
        return isOfForm(violations, text, DATE_LENGTH, DATE_FORM) ? day(violations, text) : INVALID;
    }

    /** Reads {@code YYYYMMDDHHMMSS}; returns the epoch second, or {@link #INVALID} with violations added. */
    private static long readTimestamp(Violations violations, CharSequence text) {
        if (!isOfForm(violations, text, TIMESTAMP_LENGTH, TIMESTAMP_FORM)) {
            return INVALID;
        }
        long epochDay = day(violations, text);
        int hour = digits(text, 8, 2);
        int minute = digits(text, 10, 2);
        int second = digits(text, 12, 2);
        boolean timeOk = true;
        if (hour > 23) {
            violations.add("hour", ViolationCode.OUT_OF_RANGE, "be between 0 and 23", hour);
            timeOk = false;
        }
        if (minute > 59) {
            violations.add("minute", ViolationCode.OUT_OF_RANGE, "be between 0 and 59", minute);
            timeOk = false;
        }
        if (second > 59) {
            violations.add("second", ViolationCode.OUT_OF_RANGE, "be between 0 and 59", second);
            timeOk = false;
        }
        if (epochDay == INVALID || !timeOk) {
            return INVALID;
        }
        return epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    }

    /** Checks that the text is exactly {@code length} ASCII digits. */
    private static boolean isOfForm(Violations violations, CharSequence text, int length, String form) {
        if (text.length() != length || !allDigits(text)) {
            violations.add("text", ViolationCode.MALFORMED, "be " + form, text);
            return false;
        }
        return true;
    }

    /**
     * Checks the day of the digits {@code YYYYMMDD} that start the text, with the rules and
     * messages of {@link ApproximateDate}; returns its epoch day, or {@link #INVALID}.
     */
    private static long day(Violations violations, CharSequence text) {
        int year = digits(text, 0, 4);
        int month = digits(text, 4, 2);
        int day = digits(text, 6, 2);
        if (month < 1 || month > 12) {
            violations.add("month", ViolationCode.OUT_OF_RANGE, "be between 1 and 12", month);
            if (day < 1 || day > 31) {
                violations.add("day", ViolationCode.OUT_OF_RANGE, "be between 1 and 31", day);
            }
            return INVALID;
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            violations.add("day", ViolationCode.INVALID_DATE, "be a day of " + yearMonth, day);
            return INVALID;
        }
        return LocalDate.of(year, month, day).toEpochDay();
    }

    private static boolean allDigits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Reads {@code count} ASCII digits, already checked, at {@code from}. */
    private static int digits(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    // ------------------------------------------------------------------------------------- writing

    private static void checkYear(Violations violations, String path, int year) {
        if (year < 0 || year > MAX_YEAR) {
            violations.add(path, ViolationCode.OUT_OF_RANGE, "be between 0 and " + MAX_YEAR, year);
        }
    }

    private static void writeDate(char[] digits, int year, int month, int day) {
        writeDigits(digits, 0, year, 4);
        writeDigits(digits, 4, month, 2);
        writeDigits(digits, 6, day, 2);
    }

    /** Writes {@code value} as {@code width} ASCII digits, with leading zeros, at {@code from}. */
    private static void writeDigits(char[] digits, int from, int value, int width) {
        int rest = value;
        for (int i = from + width - 1; i >= from; i--) {
            digits[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }
}
