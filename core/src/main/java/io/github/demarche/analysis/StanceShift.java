package io.github.demarche.analysis;

import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The move between two stances, usually consecutive stances of one actor on one target in a
 * {@link StanceTimeline}: its {@link ShiftDirection direction} and size on the
 * {@linkplain io.github.demarche.Stance#cooperationScore() cooperation–conflict scale}.
 *
 * <p>The shift is <em>ordered</em> when the date of {@code from} is
 * {@linkplain io.github.demarche.ApproximateDate#isBefore(io.github.demarche.ApproximateDate)
 * certainly before} the date of {@code to}; then its {@link #change()} is the later score minus the
 * earlier one, and its direction follows the sign. When the dates overlap, the shift is
 * {@link ShiftDirection#UNORDERED UNORDERED}: it has no change and no direction, only a
 * {@link #magnitude()}, the size of the difference whichever came first. {@code to} may not be
 * certainly before {@code from}.
 *
 * <p>From the reference article, Wang Yi's intent to mediate "in early March" and the support for a
 * political solution he voiced on 23 March:
 * <pre>{@code
 * StanceShift shift = StanceShift.of(pledge, support);
 * shift.direction();   // TOWARD_CONFLICT: from +5.0 (CAMEO 039) to +3.4 (CAMEO 051)
 * shift.change();      // OptionalDouble[-1.6]
 * shift.toString();    // StanceShift[INTEND_TO_MEDIATE 2021-03-early -> SUPPORT 2021-03-23: TOWARD_CONFLICT -1.6]
 * StanceShift.of(concernInMarch, support).direction();   // UNORDERED: "March" contains the 23rd
 * }</pre>
 *
 * <p>Two shifts are equal when their stances are equal. This class is immutable, thread-safe and
 * value-based.
 *
 * @since 0.1
 */
public final class StanceShift implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The stance moved from. */
    private final AttributedStance from;
    /** The stance moved to, not dated certainly before {@code from}. */
    private final AttributedStance to;

    private StanceShift(AttributedStance from, AttributedStance to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Obtains the shift between two stances.
     *
     * @param from  the stance moved from, not null
     * @param to  the stance moved to, not dated certainly before {@code from}, not null
     * @return the shift, not null
     * @throws ValidationException if {@code to} is dated certainly before {@code from}, with one
     *     {@link ViolationCode#INCONSISTENT} violation at {@code to}
     */
    static StanceShift of(AttributedStance from, AttributedStance to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.date().isBefore(from.date())) {
            throw AnalysisViolations.exception("StanceShift", "to", ViolationCode.INCONSISTENT,
                    "not be dated before from", "from=" + from.date() + ", to=" + to.date());
        }
        return new StanceShift(from, to);
    }

    /**
     * Gets the stance moved from.
     *
     * @return the stance, not null
     */
    public AttributedStance from() {
        return from;
    }

    /**
     * Gets the stance moved to.
     *
     * @return the stance, not dated certainly before {@link #from()}, not null
     */
    public AttributedStance to() {
        return to;
    }

    /**
     * Checks if the two stances are ordered in time: {@code from} certainly before {@code to}.
     *
     * @return true if ordered, false if their dates overlap
     */
    public boolean isOrdered() {
        return from.date().isBefore(to.date());
    }

    /**
     * Gets the direction of the shift.
     *
     * @return {@code UNORDERED} if the dates overlap, else the direction of the {@link #change()},
     *     not null
     */
    public ShiftDirection direction() {
        if (!isOrdered()) {
            return ShiftDirection.UNORDERED;
        }
        double difference = difference();
        return difference > 0 ? ShiftDirection.TOWARD_COOPERATION
                : difference < 0 ? ShiftDirection.TOWARD_CONFLICT : ShiftDirection.UNCHANGED;
    }

    /**
     * Gets the change of score, later minus earlier, rounded to one decimal.
     *
     * @return the change, from −20.0 to 20.0, empty if the shift is unordered
     */
    public OptionalDouble change() {
        return isOrdered() ? OptionalDouble.of(difference()) : OptionalDouble.empty();
    }

    /**
     * Gets the size of the shift: the absolute difference of the two scores, rounded to one decimal,
     * ordered or not.
     *
     * @return the magnitude, from 0.0 to 20.0
     */
    public double magnitude() {
        return Math.abs(difference());
    }

    private double difference() {
        return Math.round((to.cooperationScore() - from.cooperationScore()) * 10.0) / 10.0;
    }

    /**
     * Checks if this shift is equal to another: equal stances from and to.
     *
     * @param obj  the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof StanceShift && from.equals(((StanceShift) obj).from)
                && to.equals(((StanceShift) obj).to);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return from.hashCode() * 31 + to.hashCode();
    }

    /**
     * Gets a short description: the two stance types and dates, and the direction with the change.
     *
     * @return text such as {@code StanceShift[INTEND_TO_MEDIATE 2021-03-early -> SUPPORT 2021-03-23:
     *     TOWARD_CONFLICT -1.6]} or {@code StanceShift[CONCERN 2021-03 -> SUPPORT 2021-03-23: UNORDERED]}
     */
    @Override
    public String toString() {
        ShiftDirection direction = direction();
        String change = "";
        if (direction != ShiftDirection.UNORDERED) {
            double difference = difference();
            change = " " + (difference > 0 ? "+" : "") + difference;
        }
        return "StanceShift[" + from.stance().type() + " " + from.date() + " -> " + to.stance().type() + " "
                + to.date() + ": " + direction + change + "]";
    }
}
