package io.github.demarche;

import java.io.Serializable;

/**
 * The recorded tally of a vote: "by a vote of 13 in favour to none against, with 2 abstentions".
 *
 * <p>Rules: no count is negative.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class VoteCount implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Votes in favour. */
    private final int inFavour;
    /** Votes against. */
    private final int against;
    /** Abstentions. */
    private final int abstentions;

    private VoteCount(int inFavour, int against, int abstentions) {
        this.inFavour = inFavour;
        this.against = against;
        this.abstentions = abstentions;
    }

    /**
     * Obtains a tally.
     *
     * @param inFavour  the votes in favour, not negative
     * @param against  the votes against, not negative
     * @param abstentions  the abstentions, not negative
     * @return the tally, not null
     * @throws ValidationException if a count is negative
     */
    public static VoteCount of(int inFavour, int against, int abstentions) {
        Violations violations = Violations.of("VoteCount");
        notNegative(violations, "inFavour", inFavour);
        notNegative(violations, "against", against);
        notNegative(violations, "abstentions", abstentions);
        violations.throwIfAny();
        return new VoteCount(inFavour, against, abstentions);
    }

    private static void notNegative(Violations violations, String path, int value) {
        if (value < 0) {
            violations.add(path, ViolationCode.NEGATIVE, "not be negative", value);
        }
    }

    /**
     * Gets the votes in favour.
     *
     * @return the count, not negative
     */
    public int inFavour() {
        return inFavour;
    }

    /**
     * Gets the votes against.
     *
     * @return the count, not negative
     */
    public int against() {
        return against;
    }

    /**
     * Gets the abstentions.
     *
     * @return the count, not negative
     */
    public int abstentions() {
        return abstentions;
    }

    /**
     * Gets the count of one choice.
     *
     * @param choice  the choice, not null
     * @return the count; 0 for {@link VoteChoice#NOT_VOTING}, which a tally does not record
     */
    public int count(VoteChoice choice) {
        switch (choice) {
            case IN_FAVOUR:
                return inFavour;
            case AGAINST:
                return against;
            case ABSTENTION:
                return abstentions;
            default:
                return 0;
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof VoteCount)) {
            return false;
        }
        VoteCount other = (VoteCount) obj;
        return inFavour == other.inFavour && against == other.against && abstentions == other.abstentions;
    }

    @Override
    public int hashCode() {
        return (31 * inFavour + against) * 31 + abstentions;
    }

    /**
     * Gets the tally as news reports write it: in favour, against, abstentions.
     *
     * @return text such as {@code 13-0-2}
     */
    @Override
    public String toString() {
        return inFavour + "-" + against + "-" + abstentions;
    }
}
