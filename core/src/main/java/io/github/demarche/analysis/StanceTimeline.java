package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One actor's stances on one target in time order, and the {@link StanceShift shifts} between
 * consecutive ones.
 *
 * <p><b>Order.</b> Statement dates are only partially ordered: an "early March" statement and a
 * "March" one are neither before nor after each other. The stances are listed by
 * {@link Statement#CHRONOLOGICAL} (earliest day, then latest day, then statement id; the stances of
 * one statement in their order), which extends the partial order: a stance never comes after
 * another whose date is certainly later. Stances whose dates overlap may come in either order, so
 * the list alone does not say that one preceded the other.
 *
 * <p><b>Shifts.</b> There is one shift between each stance and the next. A shift between stances
 * whose dates overlap is {@link ShiftDirection#UNORDERED UNORDERED}: reported with its magnitude,
 * never with a direction. Only when the earlier date is certainly before the later is the shift
 * {@code TOWARD_COOPERATION}, {@code TOWARD_CONFLICT} or {@code UNCHANGED}, by how much on the
 * {@linkplain Stance#cooperationScore() cooperation–conflict scale}. The {@link #netShift()}
 * compares the first stance with the last in the same way.
 *
 * <p><b>Membership.</b> A stance belongs to the timeline when its target
 * {@linkplain StanceTarget#refersToSameAs(StanceTarget) refers to the same} thing as the timeline's
 * and its statement counts for the actor (compared by id) by a {@link SpeakerResolver},
 * {@linkplain SpeakerResolver#standard() standard} unless given.
 *
 * <p>From the reference article, where each actor takes one stance per target, a timeline has one
 * stance; with the pledge of early March and a later statement on reconciliation, it would have a
 * shift:
 * <pre>{@code
 * StanceTimeline timeline = StanceTimeline.of(statements, chinaGov,
 *         StanceTarget.topic("reconciliation", "myanmar-reconciliation"));
 * timeline.stances();    // [AttributedStance[chn-gov: INTEND_TO_MEDIATE in s08-reconciliation 2021-03-early]]
 * timeline.shifts();     // []
 * timeline.toString();   // StanceTimeline[chn-gov on topic 'reconciliation' (myanmar-reconciliation): 1 stances, 0 shifts]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StanceTimeline implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<AttributedStance> CHRONOLOGICAL =
            Comparator.comparing(AttributedStance::statement, Statement.CHRONOLOGICAL);

    /** The actor, as given. */
    private final Actor actor;
    /** The target, as given. */
    private final StanceTarget target;
    /** The actor's stances on the target, chronological; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<AttributedStance> stances;
    /** The shifts between consecutive stances; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<StanceShift> shifts;

    private StanceTimeline(Actor actor, StanceTarget target, List<AttributedStance> stances,
            List<StanceShift> shifts) {
        this.actor = actor;
        this.target = target;
        this.stances = stances;
        this.shifts = shifts;
    }

    /**
     * Obtains the timeline of an actor's stances on a target, counting statements for actors by the
     * {@linkplain SpeakerResolver#standard() standard} resolver.
     *
     * <p>Cost: one pass over the statements and their stances, and one sort of the actor's
     * {@code k} stances on the target: {@code O(n + k log k)}. Memory: the {@code k} stances.
     *
     * @param statements  the statements, not null, no null element
     * @param actor  the actor, compared by id, not null
     * @param target  the target, not null
     * @return the timeline, empty if the actor took no stance on the target, not null
     */
    public static StanceTimeline of(Collection<? extends Statement> statements, Actor actor, StanceTarget target) {
        return of(statements, actor, target, SpeakerResolver.standard());
    }

    /**
     * Obtains the timeline of an actor's stances on a target, counting statements for actors by the
     * given resolver.
     *
     * <p>Cost: one pass over the statements and their stances, and one sort of the actor's
     * {@code k} stances on the target: {@code O(n + k log k)}. Memory: the {@code k} stances.
     *
     * @param statements  the statements, not null, no null element
     * @param actor  the actor, compared by id, not null
     * @param target  the target, not null
     * @param resolver  decides which actors a statement counts for, not null
     * @return the timeline, empty if the actor took no stance on the target, not null
     * @throws NullPointerException with message {@code resolver} if the resolver returns null or a
     *     null actor
     */
    public static StanceTimeline of(Collection<? extends Statement> statements, Actor actor, StanceTarget target,
            SpeakerResolver resolver) {
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(resolver, "resolver");
        List<AttributedStance> found = new ArrayList<>();
        for (Statement statement : statements) {
            Objects.requireNonNull(statement, "statements");
            Actor countedFor = null;
            boolean resolved = false;
            for (Stance stance : statement.stances()) {
                if (!stance.target().refersToSameAs(target)) {
                    continue;
                }
                if (!resolved) {
                    countedFor = find(AffiliationLifting.distinctActors(resolver, statement), actor.id());
                    resolved = true;
                }
                if (countedFor != null) {
                    found.add(AttributedStance.of(countedFor, statement, stance));
                }
            }
        }
        AttributedStance[] sorted = found.toArray(new AttributedStance[0]);
        int[] firstDays = new int[sorted.length];
        int[] lastDays = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            firstDays[i] = DateOrder.firstDay(sorted[i].statement().date());
            lastDays[i] = DateOrder.lastDay(sorted[i].statement().date());
        }
        // stable: the stances of one statement keep their order
        DateOrder.sort(sorted, firstDays, lastDays, CHRONOLOGICAL);
        List<StanceShift> shifts = new ArrayList<>(Math.max(0, sorted.length - 1));
        for (int i = 1; i < sorted.length; i++) {
            shifts.add(StanceShift.of(sorted[i - 1], sorted[i]));
        }
        return new StanceTimeline(actor, target, List.of(sorted), List.copyOf(shifts));
    }

    private static Actor find(List<Actor> actors, String id) {
        for (Actor candidate : actors) {
            if (candidate.id().equals(id)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Gets the actor, as given.
     *
     * @return the actor, not null
     */
    public Actor actor() {
        return actor;
    }

    /**
     * Gets the target, as given.
     *
     * @return the target, not null
     */
    public StanceTarget target() {
        return target;
    }

    /**
     * Gets the actor's stances on the target, in the order described in the class comment: never a
     * stance after one whose date is certainly later.
     *
     * @return the stances, unmodifiable, not null
     */
    public List<AttributedStance> stances() {
        return stances;
    }

    /**
     * Gets the shifts between consecutive stances: the shift at index {@code i} goes from stance
     * {@code i} to stance {@code i + 1}.
     *
     * @return the shifts, one fewer than the stances (none for none), unmodifiable
     */
    public List<StanceShift> shifts() {
        return shifts;
    }

    /**
     * Gets the shift from the first stance to the last.
     *
     * @return the shift, empty if there are fewer than two stances
     */
    public Optional<StanceShift> netShift() {
        return stances.size() < 2 ? Optional.empty()
                : Optional.of(StanceShift.of(stances.get(0), stances.get(stances.size() - 1)));
    }

    /**
     * Checks if the actor took no stance on the target.
     *
     * @return true if there are no stances
     */
    public boolean isEmpty() {
        return stances.isEmpty();
    }

    /**
     * Gets a short description: the actor's id, the target, how many stances and shifts.
     *
     * @return text such as {@code StanceTimeline[chn on topic 'the situation in Myanmar'
     *     (myanmar-situation): 1 stances, 0 shifts]}
     */
    @Override
    public String toString() {
        return "StanceTimeline[" + actor.id() + " on " + target + ": " + stances.size() + " stances, "
                + shifts.size() + " shifts]";
    }
}
