package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How two actors' stances on one target compare: the {@link AlignmentVerdict verdict} and, for
 * each actor, the stances that support it. Obtained from a {@link StanceAlignment}.
 *
 * <p>The support of an actor is its stances on the target that agree with or oppose at least one
 * stance of the other actor (see {@link AlignmentVerdict}); a neutral stance facing no neutral
 * stance supports nothing. A {@link AlignmentVerdict#NO_COMMON_DATA NO_COMMON_DATA} verdict has
 * no support; every other verdict has support on both sides.
 *
 * <p>From the reference article, on UN action on Myanmar:
 * <pre>{@code
 * ActorPairAlignment pair = StanceAlignment.of(statements, unAction).pair(protesters, china).orElseThrow();
 * pair.verdict();                 // DIVERGENT
 * pair.firstSupport();            // [AttributedStance[mmr-protesters: APPEAL in s04-call-on-un 2021-03]]
 * pair.secondSupport();           // [AttributedStance[chn: VETO in s05-blocked-resolution 2021-02-01/2021-03-24]]
 * pair.toString();                // ActorPairAlignment[mmr-protesters, chn on topic '...' (un-action-on-myanmar): DIVERGENT]
 * }</pre>
 *
 * <p>This class is immutable, thread-safe and value-based; two pair alignments are equal when all
 * their attributes are equal, so {@code pair} and {@code pair.reversed()} differ.
 *
 * @since 0.1
 */
public final class ActorPairAlignment implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The target the stances are on. */
    private final StanceTarget target;
    /** The first actor. */
    private final Actor first;
    /** The second actor, another id than the first's. */
    private final Actor second;
    /** The verdict. */
    private final AlignmentVerdict verdict;
    /** The first actor's supporting stances, chronological; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<AttributedStance> firstSupport;
    /** The second actor's supporting stances, chronological; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<AttributedStance> secondSupport;

    /** Trusted: called by {@link StanceAlignment} with immutable lists that satisfy the documented rules. */
    ActorPairAlignment(StanceTarget target, Actor first, Actor second, AlignmentVerdict verdict,
            List<AttributedStance> firstSupport, List<AttributedStance> secondSupport) {
        this.target = target;
        this.first = first;
        this.second = second;
        this.verdict = verdict;
        this.firstSupport = firstSupport;
        this.secondSupport = secondSupport;
    }

    /**
     * Gets the target the actors' stances are on.
     *
     * @return the target, not null
     */
    public StanceTarget target() {
        return target;
    }

    /**
     * Gets the first actor.
     *
     * @return the first actor, not null
     */
    public Actor first() {
        return first;
    }

    /**
     * Gets the second actor.
     *
     * @return the second actor, whose id differs from the first's, not null
     */
    public Actor second() {
        return second;
    }

    /**
     * Gets the verdict.
     *
     * @return the verdict, not null
     */
    public AlignmentVerdict verdict() {
        return verdict;
    }

    /**
     * Gets the first actor's stances that support the verdict, in chronological order of their
     * statements.
     *
     * @return the stances, empty exactly when the verdict is {@code NO_COMMON_DATA}, unmodifiable
     */
    public List<AttributedStance> firstSupport() {
        return firstSupport;
    }

    /**
     * Gets the second actor's stances that support the verdict, in chronological order of their
     * statements.
     *
     * @return the stances, empty exactly when the verdict is {@code NO_COMMON_DATA}, unmodifiable
     */
    public List<AttributedStance> secondSupport() {
        return secondSupport;
    }

    /**
     * Gets the statements that support the verdict, from both sides, each once, sorted by
     * {@link Statement#CHRONOLOGICAL}: for China and Russia on a political solution, the joint
     * statement alone.
     *
     * <p>Cost: {@code k log k} in the number of supporting stances.
     *
     * @return the statements, unmodifiable, not null
     */
    public List<Statement> supportingStatements() {
        Set<Statement> statements = new LinkedHashSet<>();
        for (AttributedStance stance : firstSupport) {
            statements.add(stance.statement());
        }
        for (AttributedStance stance : secondSupport) {
            statements.add(stance.statement());
        }
        List<Statement> sorted = new ArrayList<>(statements);
        sorted.sort(Statement.CHRONOLOGICAL);
        return List.copyOf(sorted);
    }

    /**
     * Obtains the same comparison seen from the other side: the actors and their support swapped,
     * the verdict unchanged.
     *
     * @return the reversed pair, not null
     */
    public ActorPairAlignment reversed() {
        return new ActorPairAlignment(target, second, first, verdict, secondSupport, firstSupport);
    }

    /**
     * Checks if this pair alignment is equal to another: same target, actors, verdict and support.
     *
     * @param obj  the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ActorPairAlignment)) {
            return false;
        }
        ActorPairAlignment other = (ActorPairAlignment) obj;
        return target.equals(other.target) && first.equals(other.first) && second.equals(other.second)
                && verdict == other.verdict && firstSupport.equals(other.firstSupport)
                && secondSupport.equals(other.secondSupport);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(target, first, second, verdict, firstSupport, secondSupport);
    }

    /**
     * Gets a short description: the actors' ids, the target and the verdict.
     *
     * @return text such as {@code ActorPairAlignment[chn, rus on topic 'the situation in Myanmar'
     *     (myanmar-situation): ALIGNED]}
     */
    @Override
    public String toString() {
        return "ActorPairAlignment[" + first.id() + ", " + second.id() + " on " + target + ": " + verdict + "]";
    }
}
