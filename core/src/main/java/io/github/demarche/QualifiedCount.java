package io.github.demarche;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A count as a news report states it, such as "over 270 civilians have been killed" or "thousands
 * have fled", with the bounds that the statement implies.
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
 * <p>A source may also give no figure at all, only a word of size: "thousands have fled", "dozens
 * were arrested". Such a count is {@linkplain #isVague() vague}: it has no {@linkplain #figure()
 * figure} and no {@linkplain #best() best estimate}, because the source gave none and this library
 * does not invent one; its bounds are a convention of this library, written down here so that every
 * comparison of such counts can be checked:
 *
 * <table class="striped">
 * <caption>Bounds of the vague qualifiers, a convention of this library</caption>
 * <thead>
 * <tr><th scope="col">qualifier</th><th scope="col">as a source writes it</th>
 *     <th scope="col">{@code toString()}</th><th scope="col">low</th><th scope="col">best</th>
 *     <th scope="col">high</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">{@code SEVERAL}</th><td>"several journalists"</td><td>{@code several}</td>
 *     <td>3</td><td>none</td><td>9</td></tr>
 * <tr><th scope="row">{@code DOZENS}</th><td>"dozens of protesters"</td><td>{@code dozens}</td>
 *     <td>24</td><td>none</td><td>99</td></tr>
 * <tr><th scope="row">{@code SCORES}</th><td>"scores of people"</td><td>{@code scores}</td>
 *     <td>40</td><td>none</td><td>199</td></tr>
 * <tr><th scope="row">{@code HUNDREDS}</th><td>"hundreds detained"</td><td>{@code hundreds}</td>
 *     <td>200</td><td>none</td><td>999</td></tr>
 * <tr><th scope="row">{@code THOUSANDS}</th><td>"thousands have fled"</td><td>{@code thousands}</td>
 *     <td>2,000</td><td>none</td><td>9,999</td></tr>
 * <tr><th scope="row">{@code TENS_OF_THOUSANDS}</th><td>"tens of thousands marched"</td>
 *     <td>{@code tens of thousands}</td><td>20,000</td><td>none</td><td>99,999</td></tr>
 * <tr><th scope="row">{@code HUNDREDS_OF_THOUSANDS}</th><td>"hundreds of thousands displaced"</td>
 *     <td>{@code hundreds of thousands}</td><td>200,000</td><td>none</td><td>999,999</td></tr>
 * <tr><th scope="row">{@code MILLIONS}</th><td>"millions face hunger"</td><td>{@code millions}</td>
 *     <td>2,000,000</td><td>none</td><td>999,999,999</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Why these bounds: a plural of a unit means at least two of it, so "dozens" starts at two
 * dozen (24), "scores" at two score (40), "hundreds" at 200, "thousands" at 2,000, and so on; a
 * source with fewer says "a dozen", "more than a hundred" or "about a thousand", which are figures.
 * Each word ends below the next unit at which a writer would switch words: "dozens" below 100
 * ("hundreds"), "hundreds" below 1,000, "thousands" below 10,000 ("tens of thousands"), "millions"
 * below a billion. "Scores" is the looser word of the two below a hundred and reaches to 199, below
 * "hundreds". "Several" is more than a couple (2) and fewer than would be called "a dozen" or "more
 * than ten": 3 to 9. The bounds are deliberately those of the literal words; a reader who knows
 * better (the source's own later figure, or a usage that stretches the word) gives an analyst's
 * bounds through {@link #withBounds(long, OptionalLong) withBounds}.
 *
 * <p>Counts are whole, so "over 270" means at least 271 and "fewer than 270" at most 269. The
 * tolerance of {@code ABOUT} is a convention of this library, not of the sources nor of UCDP:
 * 10% either way, rounded outwards (so {@code ~270} spans 243 to 297 and {@code ~5} spans 4 to 6).
 * The best estimate of a range is its low end, the conservative choice that UCDP prefers; for
 * {@code UP_TO} and {@code FEWER_THAN} it is the largest number the source allows, because the
 * figure is the source's only indication of the size.
 *
 * <p>An analyst's own estimate replaces the derived bounds through
 * {@link #withBounds(long, long, OptionalLong) withBounds}, with a best estimate, or
 * {@link #withBounds(long, OptionalLong)}, without one; the qualifier, figures and wording stay as
 * the source wrote them. Then {@code toString()} appends the bounds in brackets,
 * {@code [low..high]}, or {@code [low..best..high]} when there is a best estimate that is not the
 * low end: {@code >270 [271..400]}, {@code ~270 [250..260..290]}, {@code ≥270 [280..∞]},
 * {@code thousands [2000..5000]}, {@code thousands [2000..3000..5000]}.
 *
 * <p>From the reference article, "As of Tuesday, over 270 civilians have been killed":
 * <pre>{@code
 * QualifiedCount killed = QualifiedCount.moreThan(270).withWording("over 270");
 * killed.low();          // 271
 * killed.best();         // OptionalLong[271]
 * killed.isUnbounded();  // true
 * killed.contains(300);  // true
 * killed.toString();     // ">270"
 * }</pre>
 *
 * <p>"Thousands have fled to neighbouring countries", with no figure:
 * <pre>{@code
 * QualifiedCount fled = QualifiedCount.vague(CountQualifier.THOUSANDS).withWording("thousands");
 * fled.isVague();        // true
 * fled.figure();         // OptionalLong.empty
 * fled.best();           // OptionalLong.empty
 * fled.low();            // 2000
 * fled.high();           // OptionalLong[9999]
 * fled.overlaps(killed); // true: "thousands" and "over 270" can both be true
 * fled.toString();       // "thousands"
 * }</pre>
 *
 * <p>Rules: each figure is a whole number from 0 to {@link #MAX_FIGURE}, 10<sup>12</sup>, far
 * above any count a report states; the bound keeps every derivation free of arithmetic overflow.
 * {@code FEWER_THAN} needs a figure of at least 1; the figures of {@code BETWEEN} are in order; a
 * vague qualifier comes without a figure ({@link #vague(CountQualifier)}) and every other with one;
 * an analyst's bounds satisfy {@code 0 <= low <= best <= high <= MAX_FIGURE}, or
 * {@code 0 <= low <= high <= MAX_FIGURE} without a best estimate; the wording is not blank
 * and at most 200 characters. A broken rule throws a {@link ValidationException} carrying every
 * violation; {@link #validate(CountQualifier, long)}, {@link #validateBetween(long, long)},
 * {@link #validateVague(CountQualifier)}, {@link #validateWording(String)},
 * {@link #validateBounds(long, long, OptionalLong)} and {@link #validateBounds(long, OptionalLong)}
 * report the same violations without throwing.
 *
 * <p>Two counts are equal when their qualifiers, figures, wordings and bounds are all equal: the
 * count of "over 270" with its wording is not equal to the same count without it. Counts are not
 * {@link Comparable}: a range has no single obvious place in an order (by its low end, its best
 * estimate or its high end). {@link #BY_BEST} orders them by best estimate, those without one
 * last, consistently with {@code equals}; {@link #contains(long)} and
 * {@link #overlaps(QualifiedCount)} compare ranges, vague or not, by their bounds.
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
     * Orders counts by best estimate, counts without one after all counts with one, then by low
     * bound, then by high bound (unbounded last), then by qualifier (in declaration order), figure
     * (absent first), second figure (absent first) and wording (absent first, then alphabetically).
     *
     * <p>The order is consistent with {@code equals}: it returns zero only for equal counts. It
     * does not accept null counts. {@code moreThan(270)} ({@code 271, 271, ∞}) sorts after
     * {@code exactly(270)} and {@code about(270)} (best 270), and after {@code exactly(271)}. A
     * count without a best estimate, such as "thousands", has no place among best estimates and
     * none is made up for it: it sorts after every count that has one, however large, and among
     * such counts by low bound, so "dozens" before "thousands".
     */
    public static final Comparator<QualifiedCount> BY_BEST = Comparator
            .comparing((QualifiedCount count) -> count.best().isEmpty())
            .thenComparingLong(count -> count.best)
            .thenComparingLong(count -> count.low)
            .thenComparingLong(count -> count.high)
            .thenComparing(count -> count.qualifier)
            .thenComparingLong(count -> count.figure)
            .thenComparingLong(count -> count.secondFigure)
            .thenComparing(count -> count.wording, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    private static final String TYPE = "QualifiedCount";
    private static final int MAX_WORDING = 200;
    private static final long ABOUT_TOLERANCE_PERCENT = 10;
    /**
     * Stands for an absent figure (of a vague count), second figure (of every qualifier but
     * BETWEEN) or best estimate (of a vague count, unless an analyst gave one).
     */
    private static final long ABSENT = -1;
    /** Stands for an unbounded high; sorts after every real bound. */
    private static final long UNBOUNDED = Long.MAX_VALUE;

    /** The qualifier, as the source writes it. */
    private final CountQualifier qualifier;
    /** The figure as stated; for BETWEEN, the first (lower) figure; {@code ABSENT} for a vague count. */
    private final long figure;
    /** The second figure of BETWEEN; {@code ABSENT} for the other qualifiers. */
    private final long secondFigure;
    /** The source's own words, or null when not recorded. */
    private final String wording;
    /** The lowest plausible number. */
    private final long low;
    /** The best estimate; {@code ABSENT} when there is none. */
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
     *     and not vague (see {@link #vague(CountQualifier)})
     * @param figure  the figure as stated, from 0 to {@link #MAX_FIGURE}; at least 1 for {@code FEWER_THAN}
     * @return the count, not null
     * @throws ValidationException if the qualifier is {@code BETWEEN} or vague ({@code NOT_APPLICABLE}), the
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
     * Obtains a count that a source gives without a figure, only a word of size, such as
     * "thousands" or "dozens": no figure, no best estimate, and the bounds of the table in the
     * class comment.
     *
     * @param qualifier  the qualifier, not null, {@linkplain CountQualifier#isVague() vague}
     * @return the count, not null
     * @throws ValidationException if the qualifier is not vague ({@code NOT_APPLICABLE})
     * @since 0.2
     */
    public static QualifiedCount vague(CountQualifier qualifier) {
        Objects.requireNonNull(qualifier, "qualifier");
        checkVague(qualifier).throwIfAny();
        return derived(qualifier, ABSENT, ABSENT, null);
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
     * Checks if a qualifier can form a count without a figure, without throwing.
     *
     * @param qualifier  the qualifier, not null
     * @return the violations {@link #vague(CountQualifier)} would throw, empty if it would succeed
     * @since 0.2
     */
    public static List<Violation> validateVague(CountQualifier qualifier) {
        Objects.requireNonNull(qualifier, "qualifier");
        return checkVague(qualifier).list();
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
        return checkBounds(low, true, best, high).list();
    }

    /**
     * Checks if bounds without a best estimate are valid for this count, without throwing.
     *
     * @param low  the lowest plausible number
     * @param high  the highest plausible number, empty for unbounded, not null
     * @return the violations {@link #withBounds(long, OptionalLong)} would throw, empty if it would
     *     succeed
     * @since 0.2
     */
    public List<Violation> validateBounds(long low, OptionalLong high) {
        Objects.requireNonNull(high, "high");
        return checkBounds(low, false, ABSENT, high).list();
    }

    private static Violations checkSingle(CountQualifier qualifier, long figure) {
        Violations violations = Violations.of(TYPE);
        if (qualifier == CountQualifier.BETWEEN) {
            violations.add("qualifier", ViolationCode.NOT_APPLICABLE,
                    "not be BETWEEN with a single figure, use between(low, high)", qualifier);
        } else if (qualifier.isVague()) {
            violations.add("qualifier", ViolationCode.NOT_APPLICABLE,
                    "not be vague with a figure, use vague(qualifier)", qualifier);
        }
        checkRange(violations, "figure", figure);
        if (qualifier == CountQualifier.FEWER_THAN && figure == 0) {
            violations.add("figure", ViolationCode.OUT_OF_RANGE, "be at least 1 for FEWER_THAN", figure);
        }
        return violations;
    }

    private static Violations checkVague(CountQualifier qualifier) {
        Violations violations = Violations.of(TYPE);
        if (!qualifier.isVague()) {
            violations.add("qualifier", ViolationCode.NOT_APPLICABLE,
                    "be vague without a figure, use of(qualifier, figure)", qualifier);
        }
        return violations;
    }

    private static Violations checkBetween(long low, long high) {
        Violations violations = Violations.of(TYPE);
        checkRange(violations, "figure", low);
        checkRange(violations, "secondFigure", high);
        checkOrder(violations, low, true, low, high);
        return violations;
    }

    private static Violations checkWording(String wording) {
        return Violations.of(TYPE).text("wording", wording, MAX_WORDING);
    }

    /**
     * Checks an analyst's bounds, with a best estimate or without one. A given high is a figure
     * like any other, Long.MAX_VALUE included: only an empty one means unbounded, although the
     * field holds it as Long.MAX_VALUE.
     */
    private Violations checkBounds(long low, boolean withBest, long best, OptionalLong high) {
        Violations violations = Violations.of(TYPE);
        long[] derived = derive(qualifier, figure, secondFigure);
        boolean derivedBest = withBest ? derived[1] != ABSENT && best == derived[1] : derived[1] == ABSENT;
        if (low == derived[0] && derivedBest && high.equals(toOptional(derived[2]))) {
            return violations; // the derived bounds are always valid, even above MAX_FIGURE
        }
        checkRange(violations, "low", low);
        if (withBest) {
            checkRange(violations, "best", best);
        }
        if (high.isPresent()) {
            checkRange(violations, "high", high.getAsLong());
        }
        checkOrder(violations, low, withBest, best, high.orElse(UNBOUNDED));
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

    private static void checkOrder(Violations violations, long low, boolean withBest, long best, long high) {
        if (!withBest) {
            if (low > high) {
                violations.addRaw("bounds", ViolationCode.COUNT_RANGE_INVERTED, "satisfy low <= high",
                        "low=" + low + ", high=" + showHigh(high));
            }
        } else if (low > best || best > high) {
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
            default:  // a vague qualifier: no figure, no best, the bounds of the convention
                return new long[] {qualifier.vagueLow, ABSENT, qualifier.vagueHigh};
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
     * Obtains a copy of this count with an analyst's own bounds and best estimate in place of the
     * derived ones; the qualifier, figures and wording stay as the source wrote them. A vague
     * count gains a best estimate this way, the analyst's, never the source's.
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
        if (low == this.low && this.best != ABSENT && best == this.best && high.equals(toOptional(this.high))) {
            return this;
        }
        checkBounds(low, true, best, high).throwIfAny();
        long highOrUnbounded = high.orElse(UNBOUNDED);
        return new QualifiedCount(qualifier, figure, secondFigure, wording, low, best, highOrUnbounded);
    }

    /**
     * Obtains a copy of this count with an analyst's own bounds and no best estimate, such as
     * "thousands" narrowed to 2,000 to 5,000 by a later report; the qualifier, figures and wording
     * stay as the source wrote them. A count with a figure loses its derived best estimate.
     *
     * <p>The bounds must satisfy {@code 0 <= low <= high <= MAX_FIGURE}. The bounds of a vague
     * count's convention are always accepted and give back the count with derived bounds.
     *
     * @param low  the lowest plausible number, from 0 to {@link #MAX_FIGURE}
     * @param high  the highest plausible number, from {@code low} to {@link #MAX_FIGURE}, or empty
     *     for unbounded, not null
     * @return a count with the bounds and no best estimate, this count if it already has them, not null
     * @throws ValidationException if a bound is negative ({@code NEGATIVE}) or too large
     *     ({@code OUT_OF_RANGE}), or the bounds are out of order ({@code COUNT_RANGE_INVERTED})
     * @since 0.2
     */
    public QualifiedCount withBounds(long low, OptionalLong high) {
        Objects.requireNonNull(high, "high");
        if (low == this.low && best == ABSENT && high.equals(toOptional(this.high))) {
            return this;
        }
        checkBounds(low, false, ABSENT, high).throwIfAny();
        return new QualifiedCount(qualifier, figure, secondFigure, wording, low, ABSENT, high.orElse(UNBOUNDED));
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
     * @return the figure, such as 270 for "over 270", from 0 to {@link #MAX_FIGURE}; empty for a
     *     vague count, such as "thousands", whose source gave no figure
     */
    public OptionalLong figure() {
        return figure == ABSENT ? OptionalLong.empty() : OptionalLong.of(figure);
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
     * Gets the best estimate: derived from the qualifier and figure, or the analyst's own.
     *
     * @return the best estimate, 271 for "over 270", from {@code low()} to {@code high()}; empty
     *     when neither the source nor an analyst gave one, as for "thousands"
     */
    public OptionalLong best() {
        return best == ABSENT ? OptionalLong.empty() : OptionalLong.of(best);
    }

    /**
     * Checks if the source gave no figure, only a word of size such as "thousands" or "dozens".
     *
     * @return true if the qualifier is {@linkplain CountQualifier#isVague() vague}; then
     *     {@link #figure()} is empty, and so is {@link #best()} unless an analyst gave one
     * @since 0.2
     */
    public boolean isVague() {
        return qualifier.isVague();
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
     * {@code ≤270}, {@code <270} or {@code 270–300}, or the vague qualifier's words in lower case,
     * such as {@code thousands} or {@code tens of thousands}, followed by the bounds in brackets
     * when they are an analyst's own: {@code >270 [271..400]}, or {@code ~270 [250..260..290]} when
     * there is a best estimate that is not the low bound. The wording is not shown.
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
            default:  // a vague qualifier
                text.append(qualifier.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                break;
        }
        if (!hasDerivedBounds()) {
            text.append(" [").append(low);
            if (best != ABSENT && best != low) {
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
        if (qualifier.isVague() != (figure == ABSENT)) {
            throw new InvalidObjectException("QualifiedCount.figure must be absent exactly for a vague qualifier, got "
                    + figure + " for " + qualifier);
        }
        try {
            QualifiedCount count;
            if (qualifier.isVague()) {
                count = vague(qualifier);
            } else {
                count = qualifier == CountQualifier.BETWEEN ? between(figure, secondFigure) : of(qualifier, figure);
            }
            if (wording != null) {
                count = count.withWording(wording);
            }
            OptionalLong given = toOptional(high);
            return best == ABSENT ? count.withBounds(low, given) : count.withBounds(low, best, given);
        } catch (ValidationException e) {
            InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }
}
