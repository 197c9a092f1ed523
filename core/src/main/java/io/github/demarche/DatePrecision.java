package io.github.demarche;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How precisely a source knows the date of an event, as UCDP GED's {@code date_prec} gives it,
 * with its codes 1 to 5.
 *
 * <p>UCDP gives an event's date as two days, {@code date_start} and {@code date_end}, and says
 * with {@code date_prec} how precisely the event is dated within them. The definitions are those
 * of the UCDP Georeferenced Event Dataset Codebook (Department of Peace and Conflict Research,
 * Uppsala University, <a href="https://ucdp.uu.se/downloads/">ucdp.uu.se/downloads</a>),
 * variable {@code date_prec}:
 * <ol>
 * <li>the exact date of the event is known;
 * <li>the date is known only within a 2 to 6 day range;
 * <li>only the week of the event is known;
 * <li>the date is known only within an 8 to 30 day range, or only the month is known;
 * <li>the date is known only within a range longer than one month but not more than one calendar
 *     year.
 * </ol>
 * From a UCDP row dated 2013-12-13 to 2013-12-14 with {@code date_prec} 2:
 * <pre>{@code
 * ApproximateDate date = ApproximateDate.ofDays(LocalDate.of(2013, 12, 13), LocalDate.of(2013, 12, 14));
 * DatePrecision precision = DatePrecision.ofUcdpCode(2);   // FEW_DAYS
 * precision.isConsistentWith(date);                        // true: a range of 2 days
 * DatePrecision.of(date);                                  // Optional[FEW_DAYS]
 * }</pre>
 *
 * <h2>Consistency with a date</h2>
 * {@link #isConsistentWith(ApproximateDate)} reads the codebook as a rule on the days a date
 * covers, from {@link ApproximateDate#earliest()} to {@link ApproximateDate#latest()} both
 * included: 1 day for {@link #EXACT_DAY}; 2 to 6 days for {@link #FEW_DAYS}; 7 days in a row, not
 * necessarily Monday to Sunday, for {@link #WEEK}; 8 to 30 days, or exactly one calendar month
 * (28 to 31 days), for {@link #UP_TO_A_MONTH}; and more than 30 days, not exactly one calendar
 * month, at most 366 days, for {@link #UP_TO_A_YEAR}. The five rules do not overlap, so a date
 * fits at most one precision, which {@link #of(ApproximateDate)} gives. A date open at one end
 * fits none.
 *
 * <p>Every row of the UCDP GED sample for Bangladesh (601 events, 1989 to 2018) fits its
 * {@code date_prec} by these rules. Data as published may still break them, so the check is for
 * reporting, not a reason to refuse a row: a reader keeps the precision and the dates as
 * written.
 *
 * <p>This enum is immutable, thread-safe and serializable.
 *
 * @since 0.2
 */
public enum DatePrecision {

    /** Code 1: the exact date of the event is known; the date covers one day. */
    EXACT_DAY(1),
    /** Code 2: the date is known only within a range of 2 to 6 days. */
    FEW_DAYS(2),
    /** Code 3: only the week of the event is known; the date covers 7 days in a row. */
    WEEK(3),
    /**
     * Code 4: the date is known only within a range of 8 to 30 days, or only the month is known;
     * the date covers 8 to 30 days, or exactly one calendar month.
     */
    UP_TO_A_MONTH(4),
    /**
     * Code 5: the date is known only within a range longer than one month but not more than one
     * calendar year; the date covers more than 30 days, not exactly one calendar month, and at
     * most 366.
     */
    UP_TO_A_YEAR(5);

    private static final String TYPE = "DatePrecision";
    private static final DatePrecision[] BY_CODE = values();
    /** The most days a year has, and so the most that {@link #UP_TO_A_YEAR} covers. */
    private static final long MAX_DAYS = 366;

    private final int ucdpCode;

    DatePrecision(int ucdpCode) {
        this.ucdpCode = ucdpCode;
    }

    /**
     * Obtains the precision of a UCDP GED {@code date_prec} code, such as {@link #FEW_DAYS} for 2.
     *
     * @param ucdpCode  the code, from 1 to 5
     * @return the precision, not null
     * @throws ValidationException if the code is not from 1 to 5 ({@code OUT_OF_RANGE})
     */
    public static DatePrecision ofUcdpCode(int ucdpCode) {
        if (ucdpCode < 1 || ucdpCode > BY_CODE.length) {
            Violations.of(TYPE)
                    .add("ucdpCode", ViolationCode.OUT_OF_RANGE, "be between 1 and " + BY_CODE.length, ucdpCode)
                    .throwIfAny();
        }
        return BY_CODE[ucdpCode - 1];
    }

    /**
     * Obtains the precision whose rule the days of a date fit, if any: {@link #EXACT_DAY} for
     * {@code 2019-10-24}, {@link #FEW_DAYS} for {@code 2013-12-13/2013-12-14},
     * {@link #UP_TO_A_MONTH} for {@code 1994-01} and for {@code 2021-03-early}, {@link #UP_TO_A_YEAR}
     * for {@code 2021}. This is what a writer of UCDP rows gives as {@code date_prec} for a date
     * that came without one.
     *
     * @param date  the date, not null
     * @return the precision, empty for a date open at one end or of more than 366 days
     */
    public static Optional<DatePrecision> of(ApproximateDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(fitting(date));
    }

    /** The precision the days of a date fit, or null: the one rule behind {@link #of} and {@link #isConsistentWith}. */
    private static DatePrecision fitting(ApproximateDate date) {
        LocalDate earliest = date.earliest();
        LocalDate latest = date.latest();
        if (earliest.equals(LocalDate.MIN) || latest.equals(LocalDate.MAX)) {
            return null;
        }
        long days = latest.toEpochDay() - earliest.toEpochDay() + 1;
        if (days == 1) {
            return EXACT_DAY;
        }
        if (days <= 6) {
            return FEW_DAYS;
        }
        if (days == 7) {
            return WEEK;
        }
        if (days <= 30 || isCalendarMonth(earliest, latest)) {
            return UP_TO_A_MONTH;
        }
        return days <= MAX_DAYS ? UP_TO_A_YEAR : null;
    }

    private static boolean isCalendarMonth(LocalDate earliest, LocalDate latest) {
        return earliest.getDayOfMonth() == 1 && latest.equals(earliest.withDayOfMonth(earliest.lengthOfMonth()));
    }

    /**
     * Gets the code of UCDP GED's {@code date_prec}, such as 2 for {@link #FEW_DAYS}.
     *
     * @return the code, from 1 to 5
     */
    public int ucdpCode() {
        return ucdpCode;
    }

    /**
     * Checks if a date fits this precision by the rules of the class comment: {@link #WEEK} is
     * consistent with {@code 1991-11-19/1991-11-25}, 7 days; {@link #UP_TO_A_MONTH} with
     * {@code 2000-07-01/2000-07-31}, a calendar month, and with {@code 2018-12-11/2018-12-29},
     * 19 days; {@link #EXACT_DAY} with {@code 2019-10-24} but not with
     * {@code 2019-10-24/2019-10-25}.
     *
     * <p>Data as published may break these rules; use this to report such a row, not to refuse it.
     *
     * @param date  the date, not null
     * @return true if the days the date covers fit this precision; false for a date open at one end
     */
    public boolean isConsistentWith(ApproximateDate date) {
        Objects.requireNonNull(date, "date");
        return fitting(date) == this;
    }
}
