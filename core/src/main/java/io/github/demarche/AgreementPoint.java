package io.github.demarche;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One numbered point of an agreement, with the stances its parties take by agreeing to it.
 *
 * <p>The first point of the regional bloc's "five-point consensus" on Myanmar (April 2021) reads
 * "there shall be immediate cessation of violence in Myanmar": a stance of the parties
 * {@link Position#AGAINST against} the violence, although it is worded as an appeal:
 * <pre>{@code
 * AgreementPoint.of(1, "There shall be immediate cessation of violence in Myanmar",
 *         List.of(Stance.builder().type(StanceType.APPEAL).statedPosition(Position.AGAINST)
 *                 .target(StanceTarget.topic("violence in Myanmar", "myanmar-violence")).build()));
 * }</pre>
 *
 * <p>Rules: the number is at least 1; the text is not blank and at most 2000 characters.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class AgreementPoint implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_TEXT = 2000;

    /** The number the document gives the point. */
    private final int number;
    /** The text of the point. */
    private final String text;
    /** The stances the parties take by agreeing to it. */
    @SuppressWarnings("serial")  // an unmodifiable JDK list: serializable, unlike its type
    private final List<Stance> stances;

    private AgreementPoint(int number, String text, List<Stance> stances) {
        this.number = number;
        this.text = text;
        this.stances = stances;
    }

    /**
     * Obtains a point.
     *
     * @param number  the number the document gives the point, at least 1
     * @param text  the text of the point, not null
     * @param stances  the stances the parties take by agreeing to it, not null, no null element, possibly empty
     * @return the point, not null
     * @throws ValidationException if the number is below 1 or the text blank or too long
     */
    public static AgreementPoint of(int number, String text, List<Stance> stances) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(stances, "stances");
        List<Stance> copy = List.copyOf(stances);
        Violations violations = Violations.of("AgreementPoint");
        if (number < 1) {
            violations.add("number", ViolationCode.OUT_OF_RANGE, "be at least 1", number);
        }
        violations.text("text", text, MAX_TEXT, Violations.TextForm.LINES).throwIfAny();
        return new AgreementPoint(number, text, copy);
    }

    /**
     * Gets the number the document gives the point.
     *
     * @return the number, at least 1
     */
    public int number() {
        return number;
    }

    /**
     * Gets the text of the point.
     *
     * @return the text, not null
     */
    public String text() {
        return text;
    }

    /**
     * Gets the stances the parties take by agreeing to the point.
     *
     * @return the stances, unmodifiable, possibly empty
     */
    public List<Stance> stances() {
        return stances;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof AgreementPoint)) {
            return false;
        }
        AgreementPoint other = (AgreementPoint) obj;
        return number == other.number && text.equals(other.text) && stances.equals(other.stances);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, text, stances);
    }

    /**
     * Gets a short description: the number and the text, abbreviated.
     *
     * @return text such as {@code 1. 'There shall be immediate cessation of violence in Myanmar'}
     */
    @Override
    public String toString() {
        return number + ". '" + Violations.abbreviate(text) + "'";
    }
}
