package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.Stance;
import io.github.demarche.Statement;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import java.io.Serializable;
import java.util.Objects;

/**
 * A stance as it counts for one actor: the actor, the statement that takes it, and the stance.
 * The actor is one the statement counts for by a {@link SpeakerResolver}; a joint statement gives
 * one attributed stance to each of its actors.
 *
 * <p>From the reference article, the joint statement of Wang Yi and Lavrov counts, by the standard
 * resolver, for China and for Russia:
 * <pre>{@code
 * AttributedStance chinaSupports = AttributedStance.of(china, jointStatement, jointStatement.stances().get(0));
 * chinaSupports.date();               // 2021-03-23
 * chinaSupports.cooperationScore();   // 3.4
 * chinaSupports.toString();           // AttributedStance[chn: SUPPORT in s03-joint-statement 2021-03-23]
 * }</pre>
 *
 * <p>Two attributed stances are equal when their actors, statements and stances are equal. This
 * class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class AttributedStance implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The actor the stance counts for. */
    private final Actor actor;
    /** The statement that takes the stance. */
    private final Statement statement;
    /** The stance, one of the statement's. */
    private final Stance stance;

    private AttributedStance(Actor actor, Statement statement, Stance stance) {
        this.actor = actor;
        this.statement = statement;
        this.stance = stance;
    }

    /**
     * Obtains an attributed stance.
     *
     * @param actor  the actor the stance counts for, not null
     * @param statement  the statement that takes the stance, not null
     * @param stance  the stance, one of the statement's stances, not null
     * @return the attributed stance, not null
     * @throws ValidationException if the stance is not one of the statement's, with one
     *     {@link ViolationCode#INCONSISTENT} violation at {@code stance}
     */
    static AttributedStance of(Actor actor, Statement statement, Stance stance) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(stance, "stance");
        if (!takes(statement, stance)) {
            throw AnalysisViolations.exception("AttributedStance", "stance", ViolationCode.INCONSISTENT,
                    "be one of the statement's stances", stance + " for " + statement);
        }
        return new AttributedStance(actor, statement, stance);
    }

    private static boolean takes(Statement statement, Stance stance) {
        for (Stance taken : statement.stances()) {
            if (taken == stance) {
                return true;
            }
        }
        return statement.stances().contains(stance);
    }

    /**
     * Gets the actor the stance counts for.
     *
     * @return the actor, not null
     */
    public Actor actor() {
        return actor;
    }

    /**
     * Gets the statement that takes the stance.
     *
     * @return the statement, not null
     */
    public Statement statement() {
        return statement;
    }

    /**
     * Gets the stance.
     *
     * @return the stance, one of the statement's, not null
     */
    public Stance stance() {
        return stance;
    }

    /**
     * Gets the date of the statement.
     *
     * @return the date, not null
     */
    public ApproximateDate date() {
        return statement.date();
    }

    /**
     * Gets the stance's score on the cooperation–conflict scale, {@link Stance#cooperationScore()}.
     *
     * @return the score, from −10.0 to 10.0
     */
    public double cooperationScore() {
        return stance.cooperationScore();
    }

    /**
     * Checks if this attributed stance is equal to another: equal actors, statements and stances.
     *
     * @param obj  the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof AttributedStance)) {
            return false;
        }
        AttributedStance other = (AttributedStance) obj;
        return actor.equals(other.actor) && statement.equals(other.statement) && stance.equals(other.stance);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(actor, statement, stance);
    }

    /**
     * Gets a short description: actor id, stance type, statement id and date.
     *
     * @return text such as {@code AttributedStance[chn: SUPPORT in s03-joint-statement 2021-03-23]}
     */
    @Override
    public String toString() {
        return "AttributedStance[" + actor.id() + ": " + stance.type() + " in " + statement.id() + " "
                + statement.date() + "]";
    }
}
