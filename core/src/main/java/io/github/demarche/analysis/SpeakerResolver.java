package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.Statement;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Decides which actors a statement counts for: the actors whose stances it expresses, for
 * alignment, timelines and grouping by speaker.
 *
 * <p>The {@linkplain #standard() standard} strategy, used wherever none is given: the statement's
 * {@link Statement#onBehalfOf() actor spoken for} if the source names one, as it is; otherwise each
 * speaker replaced by the top of its {@linkplain Actor#affiliationChain() chain of affiliations},
 * an actor without affiliation standing for itself. From the reference article:
 * <pre>{@code
 * SpeakerResolver standard = SpeakerResolver.standard();
 * standard.actorsFor(jointStatement);   // [China, Russia]: Wang Yi -> China's government -> China; Lavrov -> Russia
 * standard.actorsFor(deepConcern);      // [China, Russia]: states without affiliation stand for themselves
 * standard.actorsFor(juntaPress);       // [the junta]: Zaw Min Tun speaks on behalf of the junta
 * standard.actorsFor(pledge);           // [China's government]: Wang Yi speaks on behalf of "Beijing"
 * SpeakerResolver.topmost().actorsFor(pledge);    // [China]
 * SpeakerResolver.asNamed().actorsFor(jointStatement);   // [Wang Yi, Sergei Lavrov]
 * }</pre>
 * The standard strategy trusts the source where it says whom a speaker speaks for, and otherwise
 * counts officials for the state or organization at the top of their chain. Note the consequence:
 * "Beijing denied" (spoken by China's government, no one spoken for) counts for China, while
 * "Wang Yi said Beijing will..." (on behalf of China's government) counts for China's government.
 * {@link #topmost()} counts both for China.
 *
 * <p>A statement counts for its speakers and the actor they speak for, never for the actor who
 * {@linkplain Statement#reportedBy() reported} it, and never for the organizations that its
 * speakers are {@linkplain Actor#memberships() members} of: an unnamed speaker ("diplomats said")
 * without affiliation counts for itself, as any actor without affiliation does.
 *
 * <p>Whatever a strategy returns, the analyses count a statement at most once for each actor id,
 * keeping the first actor of each id in the order returned; a statement for which a strategy
 * returns no actor counts for no one.
 *
 * <p>Implementations must be stateless and thread-safe; those obtained from the factories are
 * immutable.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SpeakerResolver {

    /**
     * Gets the actors a statement counts for.
     *
     * @param statement  the statement, not null
     * @return the actors, in order, not null, no null element
     */
    List<Actor> actorsFor(Statement statement);

    /**
     * Obtains the standard strategy: the actor spoken for, if given, as it is; otherwise the top of
     * each speaker's chain of affiliations (Wang Yi counts for China).
     *
     * @return the strategy, not null
     */
    static SpeakerResolver standard() {
        return AffiliationLifting.STANDARD;
    }

    /**
     * Obtains the strategy that counts a statement for the actor spoken for, if given, otherwise
     * for its speakers, all as named (Wang Yi counts for Wang Yi).
     *
     * @return the strategy, not null
     */
    static SpeakerResolver asNamed() {
        return AffiliationLifting.AS_NAMED;
    }

    /**
     * Obtains the strategy that counts a statement for the top of the chain of affiliations of the
     * actor spoken for, if given, otherwise of each speaker (Wang Yi, and Wang Yi on behalf of
     * China's government, both count for China; the junta's spokesman counts for Myanmar).
     *
     * @return the strategy, not null
     */
    static SpeakerResolver topmost() {
        return AffiliationLifting.TOPMOST;
    }

    /**
     * Obtains the strategy that counts a statement for the first actor in the chain of affiliations
     * (starting with the actor itself) that matches a condition, or the top of the chain if none
     * does, of the actor spoken for, if given, otherwise of each speaker. With
     * {@code actor -> actor.kind() == ActorKind.GOVERNMENT}, Wang Yi counts for China's government
     * and the junta's spokesman for the junta.
     *
     * @param stop  the condition that marks the actor to count for, not null
     * @return the strategy, not null
     */
    static SpeakerResolver firstMatching(Predicate<? super Actor> stop) {
        Objects.requireNonNull(stop, "stop");
        return new AffiliationLifting("firstMatching", stop, true);
    }
}
