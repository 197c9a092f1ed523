package io.github.demarche;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A count as a news report states it, such as "over 270 civilians have been killed", with the
 * bounds that the statement implies.
 *
 * <p>The stated {@linkplain #figure() figure} (for {@link CountQualifier#BETWEEN BETWEEN} also the
 * {@linkplain #secondFigure() second figure}) and its {@linkplain #qualifier() qualifier} are kept
 * as written, together with the optional {@linkplain #wording() wording}, the source's own words, so
 * that nothing of the source is lost. From them the count derives bounds in the low / best / high
 * convention of the Uppsala Conflict Data Program (UCDP): the lowest plausible number, the best
 * estimate and the highest plausible number, which may be unbounded (shown as ∞):
 *
 * <table class="striped">
 * <caption>Bounds derived from the qualifier and figure {@code n} (or figures {@code a}, {@code b})</caption>
 * <thead>
 * <tr><th scope="col">qualifier</th><th scope="col">as a source writes it</th>
 *     <th scope="col">{@code toString()}</th><th scope="col">low</th><th scope="col">best</th>
 *     <th scope="col">high</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">{@code EXACTLY n}</th><td>"270"</td><td>{@code 270}</td>
 *     <td>n</td><td>n</td><td>n</td></tr>
 * <tr><th scope="row">{@code MORE_THAN n}</th><td>"over 270"</td><td>{@code >270}</td>
 *     <td>n + 1</td><td>n + 1</td><td>∞</td></tr>
 * <tr><th scope="row">{@code AT_LEAST n}</th><td>"at least 270"</td><td>{@code ≥270}</td>
 *     <td>n</td><td>n</td><td>∞</td></tr>
 * <tr><th scope="row">{@code ABOUT n}</th><td>"about 270"</td><td>{@code ~270}</td>
 *     <td>floor(0.9 n)</td><td>n</td><td>ceil(1.1 n)</td></tr>
 * <tr><th scope="row">{@code UP_TO n}</th><td>"up to 270"</td><td>{@code ≤270}</td>
 *     <td>0</td><td>n</td><td>n</td></tr>
 * <tr><th scope="row">{@code FEWER_THAN n}</th><td>"fewer than 270"</td><td>{@code <270}</td>
 *     <td>0</td><td>n − 1</td><td>n − 1</td></tr>
 * <tr><th scope="row">{@code BETWEEN a b}</th><td>"between 270 and 300"</td><td>{@code 270–300}</td>
 *     <td>a</td><td>a</td><td>b</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Counts are whole, so "over 270" means at least 271 and "fewer than 270" at most 269. The
 * tolerance of {@code ABOUT} is a convention of this library, not of the sources nor of UCDP:
 * 10% either way, rounded outwards (so {@code ~270} spans 243 to 297 and {@code ~5} spans 4 to 6).
 * The best estimate of a range is its low end, the conservative choice that UCDP prefers; for
 * {@code UP_TO} and {@code FEWER_THAN} it is the largest number the source allows, because the
 * figure is the source's only indication of the size.
 *
 * <p>An analyst's own estimate replaces the derived bounds through
 * {@link #withBounds(long, long, OptionalLong) withBounds}; the qualifier, figures and wording stay
 * as the source wrote them. Then {@code toString()} appends the bounds in brackets,
 * {@code [low..high]}, or {@code [low..best..high]} when the best estimate is not the low end:
 * {@code >270 [271..400]}, {@code ~270 [250..260..290]}, {@code ≥270 [280..∞]}.
 *
 * <p>From the reference article, "As of Tuesday, over 270 civilians have been killed":
 * <pre>{@code
 * QualifiedCount killed = QualifiedCount.moreThan(270).withWording("over 270");
 * killed.low();          // 271
 * killed.best();         // 271
 * killed.isUnbounded();  // true
 * killed.contains(300);  // true
 * killed.toString();     // ">270"
 * }</pre>
 *
 * <p>Rules: each figure is a whole number from 0 to {@link #MAX_FIGURE}, 10<sup>12</sup>, far
 * above any count a report states; the bound keeps every derivation free of arithmetic overflow.
 * {@code FEWER_THAN} needs a figure of at least 1; the figures of {@code BETWEEN} are in order; an
 * analyst's bounds satisfy {@code 0 <= low <= best <= high <= MAX_FIGURE}; the wording is not blank
 * and at most 200 characters. A broken rule throws a {@link ValidationException} carrying every
 * violation; {@link #validate(CountQualifier, long)}, {@link #validateBetween(long, long)},
 * {@link #validateWording(String)} and {@link #validateBounds(long, long, OptionalLong)} report the
 * same violations without throwing.
 *
 * <p>Two counts are equal when their qualifiers, figures, wordings and bounds are all equal: the
 * count of "over 270" with its wording is not equal to the same count without it. Counts are not
 * {@link Comparable}: a range has no single obvious place in an order (by its low end, its best
 * estimate or its high end). {@link #BY_BEST} orders them by best estimate, consistently with
 * {@code equals}; {@link #contains(long)} and {@link #overlaps(QualifiedCount)} compare ranges.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class QualifiedCount implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The largest figure or bound that may be given: 10<sup>12</sup>. Derived bounds may exceed it
     * a little ({@code MORE_THAN} and {@code ABOUT} add to the figure) but never overflow a
     * {@code long}.
     */
    public static final long MAX_FIGURE = 1_000_000_000_000L;

    /**
     * Orders counts by best estimate, then by low bound, then by high bound (unbounded last), then
     * by qualifier (in declaration order), figure, second figure (absent first) and wording
     * (absent first, then alphabetically).
     *
     * <p>The order is consistent with {@code equals}: it returns zero only for equal counts. It
     * does not accept null counts. {@code moreThan(270)} ({@code 271, 271, ∞}) sorts after
     * {@code exactly(270)} and {@code about(270)} (best 270), and after {@code exactly(271)}.
     */
    public static final Comparator<QualifiedCount> BY_BEST = Comparator
            .comparingLong((QualifiedCount count) -> count.best)
            .thenComparingLong(count -> count.low)
            .thenComparingLong(count -> count.high)
            .thenComparing(count -> count.qualifier)
            .thenComparingLong(count -> count.figure)
            .thenComparingLong(count -> count.secondFigure)
            .thenComparing(count -> count.wording, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    private static final String TYPE = "QualifiedCount";
    private static final int MAX_WORDING = 200;
    private static final long ABOUT_TOLERANCE_PERCENT = 10;
    /** Stands for the absent second figure of every qualifier but BETWEEN. */
    private static final long ABSENT = -1;
    /** Stands for an unbounded high; sorts after every real bound. */
    private static final long UNBOUNDED = Long.MAX_VALUE;

    /** The qualifier, as the source writes it. */
    private final CountQualifier qualifier;
    /** The figure as stated; for BETWEEN, the first (lower) figure. */
    private final long figure;
    /** The second figure of BETWEEN; {@code ABSENT} for the other qualifiers. */
    private final long secondFigure;
    /** The source's own words, or null when not recorded. */
    private final String wording;
    /** The lowest plausible number. */
    private final long low;
    /** The best estimate. */
    private final long best;
    /** The highest plausible number; {@code UNBOUNDED} when there is none. */
    private final long high;

    private QualifiedCount(CountQualifier qualifier, long figure, long secondFigure, String wording,
            long low, long best, long high) {
        this.qualifier = qualifier;
        this.figure = figure;
        this.secondFigure = secondFigure;
        this.wording = wording;
        this.low = low;
        this.best = best;
        this.high = high;
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains a count of one figure with the given qualifier, with derived bounds.
     *
     * @param qualifier  the qualifier, not null, not {@code BETWEEN} (see {@link #between(long, long)})
     * @param figure  the figure as stated, from 0 to {@link #MAX_FIGURE}; at least 1 for {@code FEWER_THAN}
     * @return the count, not null
     * @throws ValidationException if the qualifier is {@code BETWEEN} ({@code NOT_APPLICABLE}), the
     *     figure is negative ({@code NEGATIVE}), or the figure is too large or 0 for
     *     {@code FEWER_THAN} ({@code OUT_OF_RANGE})
     */
    public static QualifiedCount of(CountQualifier qualifier, long figure) {
        Objects.requireNonNull(qualifier, "qualifier");
        checkSingle(qualifier, figure).throwIfAny();
        return derived(qualifier, figure, ABSENT, null);
    }

    /**
     * Obtains a count between two figures, both included, such as "between 270 and 300".
     *
     * @param low  the first, lower figure, from 0 to {@link #MAX_FIGURE}
     * @param high  the second, higher figure, from {@code low} to {@link #MAX_FIGURE}
     * @return the count, with bounds {@code low, low, high}, not null
     * @throws ValidationException if a figure is negative ({@code NEGATIVE}) or too large
     *     ({@code OUT_OF_RANGE}), or {@code low > high} ({@code COUNT_RANGE_INVERTED})
     */
    public static QualifiedCount between(long low, long high) {
        checkBetween(low, high).throwIfAny();
        return derived(CountQualifier.BETWEEN, low, high, null);
    }

    /**
     * Obtains an exact count, such as "270".
     *
     * @param figure  the figure, from 0 to {@link #MAX_FIGURE}
     * @return the count, with bounds {@code n, n, n}, not null
     * @throws ValidationException if the figure is negative or too large
     */
    public static QualifiedCount exactly(long figure) {
        return of(CountQualifier.EXACTLY, figure);
    }

    /**
     * Obtains a count above a figure, such as "over 270".
     *
     * @param figure  the figure, from 0 to {@link #MAX_FIGURE}
     * @return the count, with bounds {@code n + 1, n + 1, ∞}, not null
     * @throws ValidationException if the figure is negative or too large
     */
    public static QualifiedCount moreThan(long figure) {
        return of(CountQualifier.MORE_THAN, figure);
    }

    /**
     * Obtains a count of a figure or more, such as "at least 270".
     *
     * @param figure  the figure, from 0 to {@link #MAX_FIGURE}
     * @return the count, with bounds {@code n, n, ∞}, not null
     * @throws ValidationException if the figure is negative or too large
     */
    public static QualifiedCount atLeast(long figure) {
        return of(CountQualifier.AT_LEAST, figure);
    }

    /**
     * Obtains a count near a figure, such as "about 270".
     *
     * @param figure  the figure, from 0 to {@link #MAX_FIGURE}
     * @return the count, with bounds {@code floor(0.9 n), n, ceil(1.1 n)}, not null
     * @throws ValidationException if the figure is negative or too large
     */
    public static QualifiedCount about(long figure) {
        return of(CountQualifier.ABOUT, figure);
    }

    /**
     * Obtains a count of a figure or fewer, such as "up to 270".
     *
     * @param figure  the figure, from 0 to {@link #MAX_FIGURE}
     * @return the count, with bounds {@code 0, n, n}, not null
     * @throws ValidationException if the figure is negative or too large
     */
    public static QualifiedCount upTo(long figure) {
        return of(CountQualifier.UP_TO, figure);
    }

    /**
     * Obtains a count below a figure, such as "fewer than 270".
     *
     * @param figure  the figure, from 1 to {@link #MAX_FIGURE}
     * @return the count, with bounds {@code 0, n − 1, n − 1}, not null
     * @throws ValidationException if the figure is negative, 0 or too large
     */
    public static QualifiedCount fewerThan(long figure) {
        return of(CountQualifier.FEWER_THAN, figure);
    }

    //-----------------------------------------------------------------------
    /**
     * Checks if a qualifier and a figure form a valid count, without throwing.
     *
     * @param qualifier  the qualifier, not null
     * @param figure  the figure
     * @return the violations {@link #of(CountQualifier, long)} would throw, empty if it would succeed
     */
    public static List<Violation> validate(CountQualifier qualifier, long figure) {
        Objects.requireNonNull(qualifier, "qualifier");
        return checkSingle(qualifier, figure).list();
    }

    /**
     * Checks if two figures form a valid range, without throwing.
     *
     * @param low  the first, lower figure
     * @param high  the second, higher figure
     * @return the violations {@link #between(long, long)} would throw, empty if it would succeed
     */
    public static List<Violation> validateBetween(long low, long high) {
        return checkBetween(low, high).list();
    }

    /**
     * Checks if a text is a valid wording, without throwing.
     *
     * @param wording  the source's words, not null
     * @return the violations {@link #withWording(String)} would throw, empty if it would succeed
     */
    public static List<Violation> validateWording(String wording) {
        Objects.requireNonNull(wording, "wording");
        return checkWording(wording).list();
    }

    /**
     * Checks if bounds are valid for this count, without throwing.
     *
     * @param low  the lowest plausible number
     * @param best  the best estimate
     * @param high  the highest plausible number, empty for unbounded, not null
     * @return the violations {@link #withBounds(long, long, OptionalLong)} would throw, empty if it
     *     would succeed
     */
    public List<Violation> validateBounds(long low, long best, OptionalLong high) {
        Objects.requireNonNull(high, "high");
        return checkBounds(low, best, high).list();
    }

    private static Violations checkSingle(CountQualifier qualifier, long figure) {
        Violations violations = Violations.of(TYPE);
        if (qualifier == CountQualifier.BETWEEN) {
            violations.add("qualifier", ViolationCode.NOT_APPLICABLE,
                    "not be BETWEEN with a single figure, use between(low, high)", qualifier);
        }
        checkRange(violations, "figure", figure);
        if (qualifier == CountQualifier.FEWER_THAN && figure == 0) {
            violations.add("figure", ViolationCode.OUT_OF_RANGE, "be at least 1 for FEWER_THAN", figure);
        }
        return violations;
    }

    private static Violations checkBetween(long low, long high) {
        Violations violations = Violations.of(TYPE);
        checkRange(violations, "figure", low);
        checkRange(violations, "secondFigure", high);
        checkOrder(violations, low, low, high);
        return violations;
    }

    private static Violations checkWording(String wording) {
        return Violations.of(TYPE).text("wording", wording, MAX_WORDING);
    }

    /**
     * Checks an analyst's bounds. A given high is a figure like any other, Long.MAX_VALUE included:
     * only an empty one means unbounded, although the field holds it as Long.MAX_VALUE.
     */
    private Violations checkBounds(long low, long best, OptionalLong high) {
        Violations violations = Violations.of(TYPE);
        long[] derived = derive(qualifier, figure, secondFigure);
        if (low == derived[0] && best == derived[1] && high.equals(toOptional(derived[2]))) {
            return violations; // the derived bounds are always valid, even above MAX_FIGURE
        }
        checkRange(violations, "low", low);
        checkRange(violations, "best", best);
        if (high.isPresent()) {
            checkRange(violations, "high", high.getAsLong());
        }
        checkOrder(violations, low, best, high.orElse(UNBOUNDED));
        return violations;
    }

    private static OptionalLong toOptional(long high) {
        return high == UNBOUNDED ? OptionalLong.empty() : OptionalLong.of(high);
    }

    private static void checkRange(Violations violations, String path, long value) {
        if (value < 0) {
            violations.add(path, ViolationCode.NEGATIVE, "not be negative", value);
        } else if (value > MAX_FIGURE) {
            violations.add(path, ViolationCode.OUT_OF_RANGE, "be at most " + MAX_FIGURE, value);
        }
    }

    private static void checkOrder(Violations violations, long low, long best, long high) {
        if (low > best || best > high) {
            violations.addRaw("bounds", ViolationCode.COUNT_RANGE_INVERTED, "satisfy low <= best <= high",
                    "low=" + low + ", best=" + best + ", high=" + showHigh(high));
        }
    }

    /** Derives {low, best, high} from valid figures; no overflow, as figures are at most MAX_FIGURE. */
    private static long[] derive(CountQualifier qualifier, long figure, long secondFigure) {
        switch (qualifier) {
            case EXACTLY:
                return new long[] {figure, figure, figure};
            case MORE_THAN:
                return new long[] {figure + 1, figure + 1, UNBOUNDED};
            case AT_LEAST:
                return new long[] {figure, figure, UNBOUNDED};
            case ABOUT:
                // ceil(n / 10) for n >= 0; floor(0.9 n) = n - ceil(n / 10), ceil(1.1 n) = n + ceil(n / 10)
                long tolerance = (figure * ABOUT_TOLERANCE_PERCENT + 99) / 100;
                return new long[] {figure - tolerance, figure, figure + tolerance};
            case UP_TO:
                return new long[] {0, figure, figure};
            case FEWER_THAN:
                return new long[] {0, figure - 1, figure - 1};
            case BETWEEN:
                return new long[] {figure, figure, secondFigure};
            default:
                throw new AssertionError(qualifier);
        }
    }

    private static QualifiedCount derived(CountQualifier qualifier, long figure, long secondFigure, String wording) {
        long[] bounds = derive(qualifier, figure, secondFigure);
        return new QualifiedCount(qualifier, figure, secondFigure, wording, bounds[0], bounds[1], bounds[2]);
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains a copy of this count with the source's own words, such as {@code "over 270"}.
     *
     * @param wording  the words, not blank, at most 200 characters, not null
     * @return a count with the wording, this count if it already has it, not null
     * @throws ValidationException if the wording is blank ({@code BLANK}) or too long ({@code TOO_LONG})
     */
    public QualifiedCount withWording(String wording) {
        Objects.requireNonNull(wording, "wording");
        checkWording(wording).throwIfAny();
        if (wording.equals(this.wording)) {
            return this;
        }
        return new QualifiedCount(qualifier, figure, secondFigure, wording, low, best, high);
    }

    /**
     * Obtains a copy of this count with an analyst's own bounds in place of the derived ones; the
     * qualifier, figures and wording stay as the source wrote them.
     *
     * <p>The bounds must satisfy {@code 0 <= low <= best <= high <= MAX_FIGURE}. Bounds equal to
     * the derived ones are always accepted and give back the count with derived bounds.
     *
     * @param low  the lowest plausible number, from 0 to {@link #MAX_FIGURE}
     * @param best  the best estimate, from {@code low} to {@link #MAX_FIGURE}
     * @param high  the highest plausible number, from {@code best} to {@link #MAX_FIGURE}, or empty
     *     for unbounded, not null
     * @return a count with the bounds, this count if it already has them, not null
     * @throws ValidationException if a bound is negative ({@code NEGATIVE}) or too large
     *     ({@code OUT_OF_RANGE}), or the bounds are out of order ({@code COUNT_RANGE_INVERTED})
     */
    public QualifiedCount withBounds(long low, long best, OptionalLong high) {
        Objects.requireNonNull(high, "high");
        if (low == this.low && best == this.best && high.equals(toOptional(this.high))) {
            return this;
        }
        checkBounds(low, best, high).throwIfAny();
        long highOrUnbounded = high.orElse(UNBOUNDED);
        return new QualifiedCount(qualifier, figure, secondFigure, wording, low, best, highOrUnbounded);
    }

    //-----------------------------------------------------------------------
    /**
     * Gets the qualifier, as the source writes it.
     *
     * @return the qualifier, not null
     */
    public CountQualifier qualifier() {
        return qualifier;
    }

    /**
     * Gets the figure as the source states it; for {@code BETWEEN}, the first, lower figure.
     *
     * @return the figure, such as 270 for "over 270", from 0 to {@link #MAX_FIGURE}
     */
    public long figure() {
        return figure;
    }

    /**
     * Gets the second figure of a range, such as 300 for "between 270 and 300".
     *
     * @return the second figure, present only for {@code BETWEEN}
     */
    public OptionalLong secondFigure() {
        return secondFigure == ABSENT ? OptionalLong.empty() : OptionalLong.of(secondFigure);
    }

    /**
     * Gets the source's own words for the count, such as {@code "over 270"}.
     *
     * @return the wording, empty if not recorded
     */
    public Optional<String> wording() {
        return Optional.ofNullable(wording);
    }

    /**
     * Gets the lowest plausible number: derived from the qualifier, or the analyst's own.
     *
     * @return the low bound, 271 for "over 270", zero or more
     */
    public long low() {
        return low;
    }

    /**
     * Gets the best estimate: derived from the qualifier, or the analyst's own.
     *
     * @return the best estimate, 271 for "over 270", from {@code low()} to {@code high()}
     */
    public long best() {
        return best;
    }

    /**
     * Gets the highest plausible number: derived from the qualifier, or the analyst's own.
     *
     * @return the high bound, empty when unbounded, as for "over 270"
     */
    public OptionalLong high() {
        return high == UNBOUNDED ? OptionalLong.empty() : OptionalLong.of(high);
    }

    /**
     * Checks if the count has no high bound, as for "over 270" or "at least 270".
     *
     * @return true if {@link #high()} is empty
     */
    public boolean isUnbounded() {
        return high == UNBOUNDED;
    }

    /**
     * Checks if the bounds are the ones derived from the qualifier and figures, rather than an
     * analyst's own given through {@link #withBounds(long, long, OptionalLong) withBounds}.
     *
     * @return true if the bounds are the derived ones
     */
    public boolean hasDerivedBounds() {
        long[] derived = derive(qualifier, figure, secondFigure);
        return low == derived[0] && best == derived[1] && high == derived[2];
    }

    /**
     * Checks if a number lies within the bounds, both included: "over 270" contains 271 and 5000
     * but not 270.
     *
     * @param number  the number, which may be negative (and is then not contained)
     * @return true if {@code low() <= number <= high()}
     */
    public boolean contains(long number) {
        return low <= number && number <= high;
    }

    /**
     * Checks if the bounds of this count and of another intersect, so that both reports could be
     * true of the same number: "over 270" overlaps "about 270" and "between 200 and 300" but not
     * "fewer than 270". The relation is symmetric and reflexive.
     *
     * @param other  the other count, not null
     * @return true if some number lies within both counts' bounds
     */
    public boolean overlaps(QualifiedCount other) {
        Objects.requireNonNull(other, "other");
        return Math.max(low, other.low) <= Math.min(high, other.high);
    }

    //-----------------------------------------------------------------------
    /**
     * Checks if this count equals another: same qualifier, figures, wording and bounds.
     *
     * @param obj  the object to compare with, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QualifiedCount)) {
            return false;
        }
        QualifiedCount other = (QualifiedCount) obj;
        return qualifier == other.qualifier && figure == other.figure && secondFigure == other.secondFigure
                && Objects.equals(wording, other.wording)
                && low == other.low && best == other.best && high == other.high;
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int hash = qualifier.hashCode();
        hash = 31 * hash + Long.hashCode(figure);
        hash = 31 * hash + Long.hashCode(secondFigure);
        hash = 31 * hash + Objects.hashCode(wording);
        hash = 31 * hash + Long.hashCode(low);
        hash = 31 * hash + Long.hashCode(best);
        return 31 * hash + Long.hashCode(high);
    }

    /**
     * Gets the count in short form: {@code 270}, {@code >270}, {@code ≥270}, {@code ~270},
     * {@code ≤270}, {@code <270} or {@code 270–300}, followed by the bounds in brackets when they
     * are an analyst's own: {@code >270 [271..400]}, or {@code ~270 [250..260..290]} when the best
     * estimate is not the low bound. The wording is not shown.
     *
     * @return the short form, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(24);
        switch (qualifier) {
            case EXACTLY:
                text.append(figure);
                break;
            case MORE_THAN:
                text.append('>').append(figure);
                break;
            case AT_LEAST:
                text.append('≥').append(figure);
                break;
            case ABOUT:
                text.append('~').append(figure);
                break;
            case UP_TO:
                text.append('≤').append(figure);
                break;
            case FEWER_THAN:
                text.append('<').append(figure);
                break;
            case BETWEEN:
                text.append(figure).append('–').append(secondFigure);
                break;
            default:
                throw new AssertionError(qualifier);
        }
        if (!hasDerivedBounds()) {
            text.append(" [").append(low);
            if (best != low) {
                text.append("..").append(best);
            }
            text.append("..").append(showHigh(high)).append(']');
        }
        return text.toString();
    }

    private static String showHigh(long high) {
        return high == UNBOUNDED ? "∞" : Long.toString(high);
    }

    /**
     * Checks a deserialized count by building it again through the factories, so that a stream
     * cannot produce a count that breaks the rules.
     *
     * @return the checked count
     * @throws ObjectStreamException if the stream holds an invalid count
     */
    private Object readResolve() throws ObjectStreamException {
        if (qualifier == null) {
            throw new InvalidObjectException("QualifiedCount.qualifier must be set, got nothing");
        }
        if ((qualifier == CountQualifier.BETWEEN) == (secondFigure == ABSENT)) {
            throw new InvalidObjectException("QualifiedCount.secondFigure must be present only for BETWEEN, got "
                    + secondFigure + " for " + qualifier);
        }
        try {
            QualifiedCount count = qualifier == CountQualifier.BETWEEN
                    ? between(figure, secondFigure) : of(qualifier, figure);
            if (wording != null) {
                count = count.withWording(wording);
            }
            return count.withBounds(low, best, high == UNBOUNDED ? OptionalLong.empty() : OptionalLong.of(high));
        } catch (ValidationException e) {
            InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }
}
