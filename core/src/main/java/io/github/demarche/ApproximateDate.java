package io.github.demarche;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as the news gives it: a day, part of a month, a month or a year, perhaps approximate or
 * uncertain, or an interval between two such dates, one end of which may be open.
 *
 * <p>From the reference article, published on 2021-03-24:
 * <pre>{@code
 * ApproximateDate coup = ApproximateDate.parse("2021-02-01");                     // "the Feb. 1 coup"
 * ApproximateDate asOfTuesday = ApproximateDate.ofDay(2021, 3, 23);               // "as of Tuesday"
 * ApproximateDate earlyMarch = ApproximateDate.ofMonthPart(2021, 3, MonthPart.EARLY); // "in early March"
 * ApproximateDate sinceCoup = ApproximateDate.since(coup);                        // "since the Feb. 1 coup"
 * sinceCoup.toString();              // "2021-02-01/.."
 * earlyMarch.latest();               // 2021-03-10
 * coup.isBefore(earlyMarch);         // true
 * sinceCoup.contains(asOfTuesday);   // true
 * }</pre>
 *
 * <h2>Text form</h2>
 * The text form is ISO 8601-2 / EDTF (Extended Date/Time Format) level 0 and 1 wherever EDTF has
 * a form, plus a Demarche form for the parts of a month, which EDTF lacks:
 * <pre>{@code
 * text      = date | date "/" date | date "/.." | "../" date
 * date      = year [ "-" month [ "-" ( day | part ) ] ] [ qualifier ] | basic
 * basic     = year month day                 (read, never written; see below)
 * year      = 4 ASCII digits, 0000 to 9999
 * month     = 2 ASCII digits, 01 to 12
 * day       = 2 ASCII digits, 01 to the length of the month
 * part      = "early" | "mid" | "late"       (Demarche, not EDTF)
 * qualifier = "~" (approximate) | "?" (uncertain) | "%" (approximate and uncertain)
 * }</pre>
 * Examples: {@code 2021}, {@code 2021-03}, {@code 2021-03-23}, {@code 2021-03-early},
 * {@code 2021-03~}, {@code 2021-03?}, {@code 2021-03%}, {@code 2021-03-early~},
 * {@code 2021-02-01/2021-03-23}, {@code 2021-02-01/..}, {@code ../2021-03-23}.
 * An endpoint of an interval is a single date of any precision with its own qualifier; intervals
 * do not nest, and {@code ../..} (both ends open) is not a date. EDTF's other level 1 features
 * (unknown ends written as an empty string, years of more than four digits with {@code Y},
 * seasons, unspecified digits with {@code X}) are not supported.
 *
 * <p>{@link #parse(CharSequence)} is strict: it accepts exactly the canonical texts that
 * {@link #toString()} writes, and the basic form below: no white space, no lower or upper case
 * variants, no non-ASCII digits, at most {@value #MAX_TEXT_LENGTH} characters. So
 * {@code parse(d.toString())} equals {@code d}, and {@code parse(t).toString()} equals {@code t}
 * for every text {@code t} it accepts that has no day in the basic form.
 *
 * <h2>Basic form</h2>
 * A day may also be written in the ISO 8601 basic form, exactly eight ASCII digits
 * {@code YYYYMMDD}, as GDELT writes its {@code SQLDATE} column: {@code 20191024} reads as the day
 * {@code 2019-10-24} and is equal to it, and {@link #toString()} writes the extended form
 * {@code 2019-10-24}. The basic form is read, never written. It has no qualifier, and no basic form
 * of a year and month ({@code 201910} is not a date, as in ISO 8601). Each endpoint of an interval
 * is read on its own, so an endpoint may be a day in the basic form too:
 * {@code 20191024/20191026} reads as {@code 2019-10-24/2019-10-26}, and {@code 20191024/..} as
 * {@code 2019-10-24/..}; the slash and the fixed length of eight digits keep this unambiguous.
 *
 * <h2>Bounds</h2>
 * A date covers the days from {@link #earliest()} to {@link #latest()}: a whole year, a whole
 * month, a part of a month ({@link MonthPart#EARLY early} is days 1 to 10, {@link MonthPart#MID
 * mid} days 11 to 20, {@link MonthPart#LATE late} day 21 to the end of the month), or one day. An
 * interval covers from the first day of its start to the last day of its end; an open start is
 * {@link LocalDate#MIN}, an open end {@link LocalDate#MAX}. The approximate and uncertain
 * qualifiers do not widen the bounds: {@code 2021-03~} covers March 2021 like {@code 2021-03}.
 *
 * <h2>Order</h2>
 * Approximate dates are partially ordered, like ThreeTen-Extra's {@code Interval}, and
 * deliberately not {@link Comparable}: {@link #isBefore(ApproximateDate) isBefore} holds when this
 * date ends before the other begins, {@link #isAfter(ApproximateDate) isAfter} when it begins
 * after the other ends, and otherwise the two {@link #overlaps(ApproximateDate) overlap}. So
 * "early March 2021" and "March 2021" are neither before nor after each other. For sorting, use
 * the total order {@link #CHRONOLOGICAL}.
 *
 * <h2>Validation</h2>
 * Every factory reports all broken rules at once in a {@link ValidationException}; codes are
 * {@link ViolationCode#MALFORMED MALFORMED} and {@link ViolationCode#TOO_LONG TOO_LONG} for text
 * that is not of the grammar, {@link ViolationCode#OUT_OF_RANGE OUT_OF_RANGE} for a year, month
 * or day outside its range, {@link ViolationCode#INVALID_DATE INVALID_DATE} for a day the month
 * lacks, a nested interval or an interval open at both ends, and
 * {@link ViolationCode#INTERVAL_INVERTED INTERVAL_INVERTED} for an interval whose end is over
 * before its start begins. The attribute path of a violation in an interval's endpoint starts with
 * {@code start.} or {@code end.}, such as {@code start.day}. A rejected text is shown as every
 * message shows a value ({@link Violation#show(Object)}): in single quotes, with what cannot be
 * seen or looks like an ASCII digit (a tab, a no-break space, '٢') written as a
 * {@code \}{@code uXXXX} escape; a text longer than {@value #MAX_TEXT_LENGTH} characters is not
 * shown, only its length.
 * {@link #validate(CharSequence)} returns the violations without throwing.
 *
 * <p>Two approximate dates are equal when their canonical texts are equal. This class is
 * immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class ApproximateDate implements Serializable {

    /**
     * The precision of a single date: the year, the month or the day.
     *
     * <p>A part of a month ({@code 2021-03-early}) has the precision {@link #MONTH} and a
     * {@link ApproximateDate#monthPart() month part}.
     *
     * @since 0.1
     */
    public enum Precision {
        /** Only the year is known, such as {@code 2021}. */
        YEAR,
        /** The year and month are known, such as {@code 2021-03}, perhaps with a part of the month. */
        MONTH,
        /** The day is known, such as {@code 2021-02-01}, the day of the coup. */
        DAY
    }

    /**
     * A part of a month, as in "in early March": written {@code early}, {@code mid} and
     * {@code late} in the text form, which is a Demarche extension of EDTF.
     *
     * @since 0.1
     */
    public enum MonthPart {
        /** Days 1 to 10 of the month, such as {@code 2021-03-early}, "in early March". */
        EARLY,
        /** Days 11 to 20 of the month, such as {@code 2021-03-mid}. */
        MID,
        /** Day 21 to the last day of the month (28, 29, 30 or 31), such as {@code 2021-02-late}. */
        LATE
    }

    private static final long serialVersionUID = 1L;

    /**
     * The most characters {@link #parse(CharSequence)} accepts; the longest canonical text,
     * {@code 2021-03-early%/2021-03-early%}, has 29.
     */
    public static final int MAX_TEXT_LENGTH = 64;

    /**
     * The total order of approximate dates by {@link #earliest()}, then {@link #latest()}, then
     * canonical text: {@code ../2021-03-23} sorts first, then {@code 2021}, {@code 2021-02-01},
     * {@code 2021-02} and {@code 2021-02-01/..}.
     *
     * <p>It is consistent with {@code equals}: it returns zero exactly when the two dates are equal.
     * It is serializable, so sorted collections that use it can be serialized.
     */
    public static final Comparator<ApproximateDate> CHRONOLOGICAL = Chronological.INSTANCE;

    private static final String TYPE = "ApproximateDate";
    private static final int MIN_YEAR = 0;
    /** The days from 0000-01-01 to 1970-01-01, as in {@code LocalDate}. */
    private static final int DAYS_0000_TO_1970 = 719_528;
    private static final int MAX_YEAR = 9999;
    private static final String OPEN = "..";
    private static final String FORM = "an EDTF date such as '2021-03-23', '2021-03~' or '2021-02-01/..'";
    /** What {@link #scan(String)} returns for a text that is not of the form of a single date. */
    private static final long NOT_A_DATE = -1;
    /** The flag {@link #scan(String)} sets for a day in the basic form, above the 14 bits of the year. */
    private static final long BASIC = 1L << 34;
    /** The length of a day in the basic form, {@code YYYYMMDD}. */
    private static final int BASIC_LENGTH = 8;

    /** The canonical text, such as {@code 2021-03-early~}; the whole serialized form. */
    private final String text;
    /*
     * The rest is derived from the text and packed, because pipelines hold millions of dates: the
     * first and last day as epoch days (OPEN_START and OPEN_END stand for an open interval's
     * missing end), and the flags below in one byte. An interval's endpoints are parsed again from
     * the text when asked for.
     */
    private final transient int earliestDay;
    private final transient int latestDay;
    private final transient byte flags;

    private static final int OPEN_START = Integer.MIN_VALUE;
    private static final int OPEN_END = Integer.MAX_VALUE;
    private static final int INTERVAL = 1;
    private static final int APPROXIMATE = 1 << 1;
    private static final int UNCERTAIN = 1 << 2;
    private static final int PRECISION_SHIFT = 3;   // two bits: Precision ordinal
    private static final int PART_SHIFT = 5;        // two bits: MonthPart ordinal + 1, 0 for none
    private static final Precision[] PRECISIONS = Precision.values();
    private static final MonthPart[] PARTS = MonthPart.values();

    private ApproximateDate(String text, boolean interval, Precision precision, MonthPart part, boolean approximate,
            boolean uncertain, int earliestDay, int latestDay) {
        this.text = text;
        this.earliestDay = earliestDay;
        this.latestDay = latestDay;
        this.flags = (byte) ((interval ? INTERVAL : 0) | (approximate ? APPROXIMATE : 0) | (uncertain ? UNCERTAIN : 0)
                | precision.ordinal() << PRECISION_SHIFT | (part == null ? 0 : part.ordinal() + 1) << PART_SHIFT);
    }

    private boolean flag(int mask) {
        return (flags & mask) != 0;
    }

    // ----------------------------------------------------------------------------------- factories

    /**
     * Obtains a year, such as {@code 2021}.
     *
     * @param year  the year, from 0 to 9999
     * @return the date, not null
     * @throws ValidationException if the year is out of range ({@code OUT_OF_RANGE})
     */
    public static ApproximateDate ofYear(int year) {
        Violations violations = Violations.of(TYPE);
        ApproximateDate date = single(violations, "", Precision.YEAR, year, 1, 1, null, false, false);
        violations.throwIfAny();
        return date;
    }

    /**
     * Obtains a month, such as {@code 2021-03} for March 2021.
     *
     * @param year  the year, from 0 to 9999
     * @param month  the month, from 1 (January) to 12 (December)
     * @return the date, not null
     * @throws ValidationException if the year or month is out of range ({@code OUT_OF_RANGE})
     */
    public static ApproximateDate ofMonth(int year, int month) {
        Violations violations = Violations.of(TYPE);
        ApproximateDate date = single(violations, "", Precision.MONTH, year, month, 1, null, false, false);
        violations.throwIfAny();
        return date;
    }

    /**
     * Obtains a part of a month, such as {@code 2021-03-early} for "in early March" 2021.
     *
     * @param year  the year, from 0 to 9999
     * @param month  the month, from 1 (January) to 12 (December)
     * @param part  the part of the month, not null
     * @return the date, not null
     * @throws ValidationException if the year or month is out of range ({@code OUT_OF_RANGE})
     */
    public static ApproximateDate ofMonthPart(int year, int month, MonthPart part) {
        Objects.requireNonNull(part, "part");
        Violations violations = Violations.of(TYPE);
        ApproximateDate date = single(violations, "", Precision.MONTH, year, month, 1, part, false, false);
        violations.throwIfAny();
        return date;
    }

    /**
     * Obtains a day, such as {@code 2021-02-01}, the day of the coup.
     *
     * @param year  the year, from 0 to 9999
     * @param month  the month, from 1 (January) to 12 (December)
     * @param day  the day of the month, from 1 to the length of the month
     * @return the date, not null
     * @throws ValidationException if the year or month is out of range ({@code OUT_OF_RANGE}) or
     *     the month has no such day ({@code INVALID_DATE}, or {@code OUT_OF_RANGE} if the month is
     *     itself invalid and the day is not from 1 to 31)
     */
    public static ApproximateDate ofDay(int year, int month, int day) {
        Violations violations = Violations.of(TYPE);
        ApproximateDate date = single(violations, "", Precision.DAY, year, month, day, null, false, false);
        violations.throwIfAny();
        return date;
    }

    /**
     * Obtains a day from a local date, such as {@code 2021-03-23} from
     * {@code LocalDate.of(2021, 3, 23)}, "as of Tuesday" in an article published on 2021-03-24.
     *
     * @param day  the day, not null
     * @return the date, not null
     * @throws ValidationException if the year is not from 0 to 9999 ({@code OUT_OF_RANGE})
     */
    public static ApproximateDate of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /**
     * Obtains a closed interval between two single dates, such as {@code 2021-02-01/2021-03-23},
     * from the coup to "as of Tuesday".
     *
     * <p>The end may overlap the start, as in {@code 2021-03/2021-03-early}, or equal it; it may
     * not be over before the start begins. An interval whose end equals its start stays an interval
     * as written, {@code 2021-03-23/2021-03-23}, which is not equal to the day {@code 2021-03-23};
     * {@link #ofDays(LocalDate, LocalDate)} gives the day for a range of one day.
     *
     * @param start  the first single date, not null
     * @param end  the last single date, not null
     * @return the interval, not null
     * @throws ValidationException if either date is an interval ({@code INVALID_DATE}) or
     *     {@code end.latest()} is before {@code start.earliest()} ({@code INTERVAL_INVERTED})
     */
    public static ApproximateDate between(ApproximateDate start, ApproximateDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Violations violations = Violations.of(TYPE);
        ApproximateDate date = interval(violations, start, end);
        violations.throwIfAny();
        return date;
    }

    /**
     * Obtains the date that covers the days from {@code first} to {@code last}, both included, as a
     * dataset gives a date range in two columns (UCDP GED's {@code date_start} and
     * {@code date_end}): the day itself when the two are the same day, such as {@code 2019-10-24},
     * else the closed interval of the two days, such as {@code 2019-10-24/2019-10-26}.
     *
     * <p>Unlike {@link #between(ApproximateDate, ApproximateDate)}, which keeps an interval of one
     * day as written ({@code 2021-03-23/2021-03-23}), this factory gives the single day for one
     * day, so that a row dated {@code 2019-10-24} to {@code 2019-10-24} equals a statement dated
     * {@code 2019-10-24}. Either way {@link #earliest()} and {@link #latest()} give back
     * {@code first} and {@code last}.
     *
     * @param first  the first day, not null
     * @param last  the last day, not null
     * @return the day or the interval, not null
     * @throws ValidationException if a year is not from 0 to 9999 ({@code OUT_OF_RANGE}, at
     *     {@code year}, or at {@code start.year} and {@code end.year} for two days) or
     *     {@code last} is before {@code first} ({@code INTERVAL_INVERTED})
     */
    public static ApproximateDate ofDays(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Violations violations = Violations.of(TYPE);
        ApproximateDate date;
        if (first.equals(last)) {
            date = single(violations, "", Precision.DAY, first.getYear(), first.getMonthValue(), first.getDayOfMonth(),
                    null, false, false);
        } else {
            ApproximateDate start = single(violations, "start.", Precision.DAY, first.getYear(),
                    first.getMonthValue(), first.getDayOfMonth(), null, false, false);
            ApproximateDate end = single(violations, "end.", Precision.DAY, last.getYear(), last.getMonthValue(),
                    last.getDayOfMonth(), null, false, false);
            date = start == null || end == null ? null : interval(violations, start, end);
        }
        violations.throwIfAny();
        return date;
    }

    /**
     * Obtains an interval with an open end, such as {@code 2021-02-01/..}, "since the Feb. 1 coup".
     *
     * @param start  the single date it starts on, not null
     * @return the interval, not null
     * @throws ValidationException if the start is an interval ({@code INVALID_DATE})
     */
    public static ApproximateDate since(ApproximateDate start) {
        Objects.requireNonNull(start, "start");
        Violations violations = Violations.of(TYPE);
        ApproximateDate date = interval(violations, start, null);
        violations.throwIfAny();
        return date;
    }

    /**
     * Obtains an interval with an open start, such as {@code ../2021-03-23}, "until Tuesday".
     *
     * @param end  the single date it ends on, not null
     * @return the interval, not null
     * @throws ValidationException if the end is an interval ({@code INVALID_DATE})
     */
    public static ApproximateDate until(ApproximateDate end) {
        Objects.requireNonNull(end, "end");
        Violations violations = Violations.of(TYPE);
        ApproximateDate date = interval(violations, null, end);
        violations.throwIfAny();
        return date;
    }

    /**
     * Obtains an approximate date from its canonical text, such as {@code 2021-02-01},
     * {@code 2021-03-early} or {@code 2021-02-01/..}, or from a day in the ISO 8601 basic form,
     * such as {@code 20191024} for {@code 2019-10-24}; the grammar is in the class comment.
     *
     * @param text  the text, not null
     * @return the date, not null
     * @throws ValidationException with every violation: the text is longer than
     *     {@value #MAX_TEXT_LENGTH} characters ({@code TOO_LONG}) or not of the grammar
     *     ({@code MALFORMED}), a month or day is out of range ({@code OUT_OF_RANGE}), a month
     *     has no such day or both ends are open ({@code INVALID_DATE}), or an interval ends before
     *     it starts ({@code INTERVAL_INVERTED})
     */
    public static ApproximateDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Violations violations = Violations.of(TYPE);
        ApproximateDate date = parse(violations, text);
        violations.throwIfAny();
        return date;
    }

    /**
     * Checks if a text is a valid approximate date, without throwing.
     *
     * @param text  the candidate text, not null
     * @return the violations {@link #parse(CharSequence)} would throw, empty if the text is valid
     */
    public static List<Violation> validate(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Violations violations = Violations.of(TYPE);
        parse(violations, text);
        return violations.list();
    }

    // ------------------------------------------------------------------------------------- parsing

    private static ApproximateDate parse(Violations violations, CharSequence text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return tooLong(violations, text.length());
        }
        String string = text.toString();
        if (string.length() > MAX_TEXT_LENGTH) {  // a mutable sequence grew meanwhile
            return tooLong(violations, string.length());
        }
        int slash = string.indexOf('/');
        if (slash < 0) {
            long single = scan(string);
            return single == NOT_A_DATE ? malformed(violations, string) : single(violations, "", single, string);
        }
        String left = string.substring(0, slash);
        String right = string.substring(slash + 1);
        boolean openStart = left.equals(OPEN);
        boolean openEnd = right.equals(OPEN);
        long start = openStart ? NOT_A_DATE : scan(left);
        long end = openEnd ? NOT_A_DATE : scan(right);
        if (!(openStart || start != NOT_A_DATE) || !(openEnd || end != NOT_A_DATE)) {
            return malformed(violations, string);
        }
        if (openStart && openEnd) {
            violations.addRaw("text", ViolationCode.INVALID_DATE, "have a start or an end", Violations.show(string));
            return null;
        }
        ApproximateDate startDate = openStart ? null : single(violations, "start.", start, left);
        ApproximateDate endDate = openEnd ? null : single(violations, "end.", end, right);
        if ((!openStart && startDate == null) || (!openEnd && endDate == null)) {
            return null;
        }
        return interval(violations, startDate, endDate);
    }

    /*
     * The form of a single date, scanned by hand (dates are parsed for every statement read, and a
     * regular expression was most of the cost):
     *   year [ "-" month [ "-" ( day | "early" | "mid" | "late" ) ] ] [ "~" | "?" | "%" ]
     * with a year of four ASCII digits and a month and day of two, or the basic form of a day,
     * YYYYMMDD. The fields are packed into one long: the basic flag (1 bit), year (14 bits), month
     * (7: two digits may say 99), day (7), precision (2), part (2), qualifier (2).
     */
    private static long scan(String text) {
        int length = text.length();
        int year = digits(text, 0, 4);
        if (year < 0) {
            return NOT_A_DATE;
        }
        int at = 4;
        int month = 1;
        int day = 1;
        int part = 0;
        Precision precision = Precision.YEAR;
        if (at < length && text.charAt(at) == '-') {
            month = digits(text, at + 1, 2);
            if (month < 0) {
                return NOT_A_DATE;
            }
            at += 3;
            precision = Precision.MONTH;
            if (at < length && text.charAt(at) == '-') {
                at++;
                if (text.startsWith("early", at)) {
                    part = MonthPart.EARLY.ordinal() + 1;
                    at += 5;
                } else if (text.startsWith("mid", at)) {
                    part = MonthPart.MID.ordinal() + 1;
                    at += 3;
                } else if (text.startsWith("late", at)) {
                    part = MonthPart.LATE.ordinal() + 1;
                    at += 4;
                } else {
                    day = digits(text, at, 2);
                    if (day < 0) {
                        return NOT_A_DATE;
                    }
                    at += 2;
                    precision = Precision.DAY;
                }
            }
        } else if (length == BASIC_LENGTH) {
            month = digits(text, 4, 2);
            day = digits(text, 6, 2);
            if (month < 0 || day < 0) {
                return NOT_A_DATE;
            }
            return BASIC | (long) year << 20 | month << 13 | day << 6 | Precision.DAY.ordinal() << 4;
        }
        int qualifier = 0;
        if (at < length) {
            char c = text.charAt(at++);
            qualifier = c == '~' ? APPROXIMATE : c == '?' ? UNCERTAIN : c == '%' ? APPROXIMATE | UNCERTAIN : -1;
            if (qualifier < 0) {
                return NOT_A_DATE;
            }
        }
        if (at != length) {
            return NOT_A_DATE;
        }
        return (long) year << 20 | month << 13 | day << 6 | precision.ordinal() << 4 | part << 2 | qualifier >> 1;
    }

    /** Reads {@code count} ASCII digits at {@code from}; -1 if the text has fewer or other characters. */
    private static int digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static ApproximateDate tooLong(Violations violations, int length) {
        violations.addRaw("text", ViolationCode.TOO_LONG, "be at most " + MAX_TEXT_LENGTH + " characters long",
                length + " characters");
        return null;
    }

    private static ApproximateDate malformed(Violations violations, String text) {
        violations.addRaw("text", ViolationCode.MALFORMED, "be " + FORM, Violations.show(text));
        return null;
    }

    /**
     * Builds a single date from what {@link #scan(String)} found; the text is canonical unless it
     * is in the basic form, whose canonical text is then written.
     */
    private static ApproximateDate single(Violations violations, String prefix, long scanned, String text) {
        int qualifier = (int) (scanned & 3) << 1;
        int part = (int) (scanned >> 2) & 3;
        return single(violations, prefix, PRECISIONS[(int) (scanned >> 4) & 3], (int) (scanned >> 20) & 0x3FFF,
                (int) (scanned >> 13) & 127, (int) (scanned >> 6) & 127, part == 0 ? null : PARTS[part - 1],
                (qualifier & APPROXIMATE) != 0, (qualifier & UNCERTAIN) != 0, (scanned & BASIC) != 0 ? null : text);
    }

    private static ApproximateDate single(Violations violations, String prefix, Precision precision, int year,
            int month, int day, MonthPart part, boolean approximate, boolean uncertain) {
        return single(violations, prefix, precision, year, month, day, part, approximate, uncertain, null);
    }

    /** Builds a single date; {@code canonical} is its text if the caller has it, else null. */
    private static ApproximateDate single(Violations violations, String prefix, Precision precision, int year,
            int month, int day, MonthPart part, boolean approximate, boolean uncertain, String canonical) {
        boolean yearOk = year >= MIN_YEAR && year <= MAX_YEAR;
        if (!yearOk) {
            violations.add(prefix + "year", ViolationCode.OUT_OF_RANGE,
                    "be between " + MIN_YEAR + " and " + MAX_YEAR, year);
        }
        boolean monthOk = precision == Precision.YEAR || month >= 1 && month <= 12;
        if (!monthOk) {
            violations.add(prefix + "month", ViolationCode.OUT_OF_RANGE, "be between 1 and 12", month);
        }
        boolean dayOk = true;
        if (precision == Precision.DAY) {
            if (yearOk && monthOk) {
                dayOk = day >= 1 && day <= lengthOfMonth(year, month);
                if (!dayOk) {
                    violations.add(prefix + "day", ViolationCode.INVALID_DATE,
                            "be a day of " + yearMonthText(year, month), day);
                }
            } else {
                dayOk = day >= 1 && day <= 31;
                if (!dayOk) {
                    violations.add(prefix + "day", ViolationCode.OUT_OF_RANGE, "be between 1 and 31", day);
                }
            }
        }
        if (!(yearOk && monthOk && dayOk)) {
            return null;
        }
        // the first and last days as epoch days, computed without LocalDate: every statement read has a date
        int first;
        int last;
        if (precision == Precision.YEAR) {
            first = epochDay(year, 1, 1);
            last = epochDay(year, 12, 31);
        } else if (precision == Precision.DAY) {
            first = epochDay(year, month, day);
            last = first;
        } else {
            int monthStart = epochDay(year, month, 1);
            int monthEnd = monthStart + lengthOfMonth(year, month) - 1;
            if (part == null) {
                first = monthStart;
                last = monthEnd;
            } else {
                switch (part) {
                    case EARLY:
                        first = monthStart;
                        last = monthStart + 9;
                        break;
                    case MID:
                        first = monthStart + 10;
                        last = monthStart + 19;
                        break;
                    default:
                        first = monthStart + 20;
                        last = monthEnd;
                        break;
                }
            }
        }
        String text = canonical != null ? canonical : text(precision, year, month, day, part, approximate, uncertain);
        return new ApproximateDate(text, false, precision, part, approximate, uncertain, first, last);
    }

    /** The number of days of a month of the proleptic Gregorian calendar, as {@code YearMonth} gives it. */
    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeapYear(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static boolean isLeapYear(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /**
     * The epoch day of a valid day of the years 0 to 9999, as {@code LocalDate.of(year, month,
     * day).toEpochDay()} gives it (the same computation, for non-negative years).
     */
    private static int epochDay(int year, int month, int day) {
        int total = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        total += (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= isLeapYear(year) ? 1 : 2;
        }
        return total - DAYS_0000_TO_1970;
    }

    /** Writes the canonical text of a single date. */
    private static String text(Precision precision, int year, int month, int day, MonthPart part, boolean approximate,
            boolean uncertain) {
        StringBuilder text = new StringBuilder(16);
        appendDigits(text, year, 4);
        if (precision != Precision.YEAR) {
            text.append('-');
            appendDigits(text, month, 2);
            if (precision == Precision.DAY) {
                text.append('-');
                appendDigits(text, day, 2);
            } else if (part != null) {
                text.append('-').append(part.name().toLowerCase(Locale.ROOT));
            }
        }
        if (approximate && uncertain) {
            text.append('%');
        } else if (approximate) {
            text.append('~');
        } else if (uncertain) {
            text.append('?');
        }
        return text.toString();
    }

    /** Checks and builds an interval; a null end is open. */
    private static ApproximateDate interval(Violations violations, ApproximateDate start, ApproximateDate end) {
        boolean ok = true;
        if (start != null && start.isInterval()) {
            violations.add("start", ViolationCode.INVALID_DATE, "be a single date", start);
            ok = false;
        }
        if (end != null && end.isInterval()) {
            violations.add("end", ViolationCode.INVALID_DATE, "be a single date", end);
            ok = false;
        }
        if (ok && start != null && end != null && end.latestDay < start.earliestDay) {
            violations.addRaw("end", ViolationCode.INTERVAL_INVERTED, "not end before start begins",
                    "start=" + start + ", end=" + end);
            ok = false;
        }
        return ok ? joined(start, end) : null;
    }

    /** Builds an interval of valid endpoints, at least one of them not null. */
    private static ApproximateDate joined(ApproximateDate start, ApproximateDate end) {
        String text = (start == null ? OPEN : start.text) + "/" + (end == null ? OPEN : end.text);
        Precision precision;
        if (start == null) {
            precision = end.precision();
        } else if (end == null || start.precision().compareTo(end.precision()) <= 0) {
            precision = start.precision();
        } else {
            precision = end.precision();
        }
        boolean approximate = start != null && start.isApproximate() || end != null && end.isApproximate();
        boolean uncertain = start != null && start.isUncertain() || end != null && end.isUncertain();
        return new ApproximateDate(text, true, precision, null, approximate, uncertain,
                start == null ? OPEN_START : start.earliestDay, end == null ? OPEN_END : end.latestDay);
    }

    private static void appendDigits(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);  // ASCII digits whatever the default locale
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        text.append(digits);
    }

    private static String yearMonthText(int year, int month) {
        StringBuilder text = new StringBuilder(7);
        appendDigits(text, year, 4);
        text.append('-');
        appendDigits(text, month, 2);
        return text.toString();
    }


    // ---------------------------------------------------------------------------------------- copies

    /**
     * Obtains a copy of this date, approximate or not: {@code 2021-03} becomes {@code 2021-03~}.
     * An interval applies it to each of its known endpoints: {@code 2021-02-01/..} becomes
     * {@code 2021-02-01~/..}. The uncertain qualifier is kept, and the bounds do not change.
     *
     * @param approximate  true for approximate ("about", "around"), false for not
     * @return a date with the qualifier set, this one if it is already so, not null
     */
    public ApproximateDate withApproximate(boolean approximate) {
        if (isInterval()) {
            ApproximateDate startDate = endpoint(true);
            ApproximateDate endDate = endpoint(false);
            ApproximateDate start = startDate == null ? null : startDate.withApproximate(approximate);
            ApproximateDate end = endDate == null ? null : endDate.withApproximate(approximate);
            return start == startDate && end == endDate ? this : joined(start, end);
        }
        return approximate == isApproximate() ? this : requalified(approximate, isUncertain());
    }

    /**
     * Obtains a copy of this date, uncertain or not: {@code 2021-03} becomes {@code 2021-03?}.
     * An interval applies it to each of its known endpoints: {@code 2021-02-01/..} becomes
     * {@code 2021-02-01?/..}. The approximate qualifier is kept, and the bounds do not change.
     *
     * @param uncertain  true for uncertain ("reportedly", "possibly"), false for not
     * @return a date with the qualifier set, this one if it is already so, not null
     */
    public ApproximateDate withUncertain(boolean uncertain) {
        if (isInterval()) {
            ApproximateDate startDate = endpoint(true);
            ApproximateDate endDate = endpoint(false);
            ApproximateDate start = startDate == null ? null : startDate.withUncertain(uncertain);
            ApproximateDate end = endDate == null ? null : endDate.withUncertain(uncertain);
            return start == startDate && end == endDate ? this : joined(start, end);
        }
        return uncertain == isUncertain() ? this : requalified(isApproximate(), uncertain);
    }

    private ApproximateDate requalified(boolean approximate, boolean uncertain) {
        Violations violations = Violations.of(TYPE);
        LocalDate earliest = earliest();
        ApproximateDate date = single(violations, "", precision(), earliest.getYear(), earliest.getMonthValue(),
                earliest.getDayOfMonth(), monthPart().orElse(null), approximate, uncertain);
        violations.throwIfAny();  // never: the parts are those of a valid date
        return date;
    }

    // --------------------------------------------------------------------------------------- queries

    /**
     * Checks if this is an interval, such as {@code 2021-02-01/..}, rather than a single date.
     *
     * @return true for an interval, false for a single date
     */
    public boolean isInterval() {
        return flag(INTERVAL);
    }

    /**
     * Gets the start: for an interval its first single date, such as {@code 2021-02-01} for
     * {@code 2021-02-01/..}; for a single date the date itself.
     *
     * @return the start, empty for an interval with an open start such as {@code ../2021-03-23}
     */
    public Optional<ApproximateDate> start() {
        return isInterval() ? Optional.ofNullable(endpoint(true)) : Optional.of(this);
    }

    /**
     * Gets the end: for an interval its last single date, such as {@code 2021-03-23} for
     * {@code ../2021-03-23}; for a single date the date itself.
     *
     * @return the end, empty for an interval with an open end such as {@code 2021-02-01/..}
     */
    public Optional<ApproximateDate> end() {
        return isInterval() ? Optional.ofNullable(endpoint(false)) : Optional.of(this);
    }

    /** Parses one endpoint of this interval back from the text; null if that end is open. */
    private ApproximateDate endpoint(boolean start) {
        int slash = text.indexOf('/');
        String part = start ? text.substring(0, slash) : text.substring(slash + 1);
        return part.equals(OPEN) ? null : parse(part);
    }

    /**
     * Gets the precision: {@code DAY} for {@code 2021-02-01}, {@code MONTH} for {@code 2021-03}
     * and for {@code 2021-03-early}, {@code YEAR} for {@code 2021}. For an interval, the coarsest
     * precision of its known endpoints: {@code YEAR} for {@code 2021/2021-03-23}, {@code DAY} for
     * {@code 2021-02-01/..}.
     *
     * @return the precision, not null
     */
    public Precision precision() {
        return PRECISIONS[(flags >> PRECISION_SHIFT) & 3];
    }

    /**
     * Gets the part of the month, such as {@code EARLY} for {@code 2021-03-early}, "in early March".
     *
     * @return the part of the month, empty for a date without one and for an interval
     */
    public Optional<MonthPart> monthPart() {
        int part = (flags >> PART_SHIFT) & 3;
        return part == 0 ? Optional.empty() : Optional.of(PARTS[part - 1]);
    }

    /**
     * Checks if the date is approximate, such as {@code 2021-03~} or {@code 2021-03%}. An interval
     * is approximate if either of its endpoints is.
     *
     * @return true if approximate
     */
    public boolean isApproximate() {
        return flag(APPROXIMATE);
    }

    /**
     * Checks if the date is uncertain, such as {@code 2021-03?} or {@code 2021-03%}. An interval
     * is uncertain if either of its endpoints is.
     *
     * @return true if uncertain
     */
    public boolean isUncertain() {
        return flag(UNCERTAIN);
    }

    /**
     * Gets the first day covered: 2021-03-01 for {@code 2021-03-early}, 2021-02-01 for
     * {@code 2021-02-01/..}. Qualifiers do not widen it.
     *
     * @return the first day, {@link LocalDate#MIN} for an open start, not null
     */
    public LocalDate earliest() {
        return earliestDay == OPEN_START ? LocalDate.MIN : LocalDate.ofEpochDay(earliestDay);
    }

    /**
     * Gets the last day covered: 2021-03-10 for {@code 2021-03-early}, 2021-02-28 for
     * {@code 2021-02-late}, 2021-03-23 for {@code ../2021-03-23}. Qualifiers do not widen it.
     *
     * @return the last day, {@link LocalDate#MAX} for an open end, not null
     */
    public LocalDate latest() {
        return latestDay == OPEN_END ? LocalDate.MAX : LocalDate.ofEpochDay(latestDay);
    }

    // ----------------------------------------------------------------------------------- partial order

    /**
     * Checks if this date is over before the other begins, that is
     * {@code this.latest() < other.earliest()}: the coup, {@code 2021-02-01}, is before
     * {@code 2021-03-early}; {@code 2021-03-early} is not before {@code 2021-03}.
     *
     * @param other  the other date, not null
     * @return true if this date ends before the other starts
     */
    public boolean isBefore(ApproximateDate other) {
        Objects.requireNonNull(other, "other");
        return latestDay < other.earliestDay;
    }

    /**
     * Checks if this date begins after the other is over, that is
     * {@code this.earliest() > other.latest()}: {@code 2021-03-23} is after the coup,
     * {@code 2021-02-01}; {@code 2021-03} is not after {@code 2021-03-early}.
     *
     * @param other  the other date, not null
     * @return true if this date starts after the other ends
     */
    public boolean isAfter(ApproximateDate other) {
        Objects.requireNonNull(other, "other");
        return earliestDay > other.latestDay;
    }

    /**
     * Checks if this date and the other share at least one day, that is if neither is before the
     * other: {@code 2021-03-early} overlaps {@code 2021-03}, and {@code 2021-02-01/..} overlaps
     * {@code 2021-03-23}. The relation is symmetric.
     *
     * @param other  the other date, not null
     * @return true if neither date is before the other
     */
    public boolean overlaps(ApproximateDate other) {
        Objects.requireNonNull(other, "other");
        return latestDay >= other.earliestDay && other.latestDay >= earliestDay;
    }

    /**
     * Checks if every day the other date covers is covered by this one:
     * {@code 2021-02-01/..}, "since the coup", contains {@code 2021-03-23}, "as of Tuesday";
     * {@code 2021-03} contains {@code 2021-03-early}, but not the other way round.
     *
     * @param other  the other date, not null
     * @return true if {@code this.earliest() <= other.earliest()} and
     *     {@code other.latest() <= this.latest()}
     */
    public boolean contains(ApproximateDate other) {
        Objects.requireNonNull(other, "other");
        return other.earliestDay >= earliestDay && other.latestDay <= latestDay;
    }

    // ---------------------------------------------------------------------------------------- object

    /**
     * Checks if this date is equal to another object: two approximate dates are equal when their
     * canonical texts are equal, so {@code 2021-03} and {@code 2021-03~} differ although they
     * cover the same days.
     *
     * @param obj  the other object, null gives false
     * @return true if the other object is an equal approximate date
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof ApproximateDate && text.equals(((ApproximateDate) obj).text);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the canonical text
     */
    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Gets the canonical text, which {@link #parse(CharSequence)} reads back to an equal date.
     *
     * @return the text, such as {@code 2021-02-01}, {@code 2021-03-early} or {@code 2021-02-01/..}
     */
    @Override
    public String toString() {
        return text;
    }

    /**
     * Rebuilds the date from its canonical text, checking every rule as {@link #parse(CharSequence)}
     * does, so that a crafted stream cannot make an invalid date.
     *
     * @return the date read, not null
     * @throws ObjectStreamException ({@link InvalidObjectException}) if the text is not a valid date
     */
    private Object readResolve() throws ObjectStreamException {
        if (text == null) {
            throw new InvalidObjectException("ApproximateDate.text must be set, got nothing");
        }
        try {
            return parse(text);
        } catch (ValidationException e) {
            InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }

    /** The total order {@link #CHRONOLOGICAL}; an enum, so that it serializes as a singleton. */
    private enum Chronological implements Comparator<ApproximateDate> {
        INSTANCE;

        @Override
        public int compare(ApproximateDate a, ApproximateDate b) {
            int byEarliest = Integer.compare(a.earliestDay, b.earliestDay);
            if (byEarliest != 0) {
                return byEarliest;
            }
            int byLatest = Integer.compare(a.latestDay, b.latestDay);
            return byLatest != 0 ? byLatest : a.text.compareTo(b.text);
        }
    }
}
