package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.Dossier;
import io.github.demarche.Position;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The alignment of every pair of actors that took a stance on one target: for each pair, a
 * {@link AlignmentVerdict verdict} and the stances that support it.
 *
 * <p>A stance is on the target when its target {@linkplain StanceTarget#refersToSameAs(StanceTarget)
 * refers to the same} actor, topic or event. It counts for the actors its statement counts for by a
 * {@link SpeakerResolver} ({@linkplain SpeakerResolver#standard() standard} unless given), each
 * actor once per stance; a joint statement thus gives the same stance to each of its actors. The
 * verdict rules are those of {@link AlignmentVerdict}; time plays no part.
 *
 * <p>From the reference article:
 * <pre>{@code
 * List<Statement> statements = ReferenceArticleFixture.STATEMENTS;
 * StanceAlignment situation = StanceAlignment.of(statements,
 *         StanceTarget.topic("the situation in Myanmar", "myanmar-situation"));
 * situation.verdict(china, russia);      // ALIGNED: "deep concern", said by both
 * StanceAlignment unAction = StanceAlignment.of(statements,
 *         StanceTarget.topic("United Nations action", "un-action-on-myanmar"));
 * unAction.actors();                     // [China, the pro-democracy movement, Russia]: chn, mmr-protesters, rus
 * unAction.verdict(protesters, russia);  // DIVERGENT: an appeal to the UN against a veto
 * unAction.toString();                   // StanceAlignment[topic 'United Nations action' (un-action-on-myanmar): 3 actors, 3 pairs]
 * }</pre>
 *
 * <p>Actors are told apart by id; of several actors with one id, the first met stands for all.
 * Actors are sorted by id, and each pair is held once, its first actor the one with the lower id;
 * {@link #pair(Actor, Actor)} returns it in the order asked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StanceAlignment implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<AttributedStance> CHRONOLOGICAL =
            Comparator.comparing(AttributedStance::statement, Statement.CHRONOLOGICAL);

    /** The target. */
    private final StanceTarget target;
    /** The actors that took a stance, sorted by id. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<Actor> actors;
    /** The position of each actor in {@link #actors}, by id. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final Map<String, Integer> indexById;
    /** The stances of each actor, in the order of {@link #actors}. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<List<AttributedStance>> stances;
    /** The pairs (i, j), i &lt; j, in lexicographic order of positions. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<ActorPairAlignment> pairs;

    private StanceAlignment(StanceTarget target, List<Actor> actors, Map<String, Integer> indexById,
            List<List<AttributedStance>> stances, List<ActorPairAlignment> pairs) {
        this.target = target;
        this.actors = actors;
        this.indexById = indexById;
        this.stances = stances;
        this.pairs = pairs;
    }

    /**
     * Obtains the alignment of the actors that took a stance on a target, counting statements for
     * actors by the {@linkplain SpeakerResolver#standard() standard} resolver.
     *
     * <p>Cost: one pass over the statements and their stances, a sort of each actor's stances,
     * then constant time per pair of actors: {@code O(n log n + m²)} for {@code n} stances on the
     * target by {@code m} actors. Memory: the stances on the target, plus one small object per pair.
     *
     * @param statements  the statements, not null, no null element
     * @param target  the target, not null
     * @return the alignment, not null
     */
    public static StanceAlignment of(Collection<? extends Statement> statements, StanceTarget target) {
        return of(statements, target, SpeakerResolver.standard());
    }

    /**
     * Obtains the alignment of the actors that took a stance on a target, counting statements for
     * actors by the given resolver.
     *
     * <p>Cost: one pass over the statements and their stances, a sort of each actor's stances,
     * then constant time per pair of actors: {@code O(n log n + m²)} for {@code n} stances on the
     * target by {@code m} actors. Memory: the stances on the target, plus one small object per pair.
     *
     * @param statements  the statements, not null, no null element
     * @param target  the target, not null
     * @param resolver  decides which actors a statement counts for, not null
     * @return the alignment, not null
     * @throws NullPointerException with message {@code resolver} if the resolver returns null or a
     *     null actor
     */
    public static StanceAlignment of(Collection<? extends Statement> statements, StanceTarget target,
            SpeakerResolver resolver) {
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(resolver, "resolver");
        Group group = new Group(target);
        for (Statement statement : statements) {
            Objects.requireNonNull(statement, "statements");
            List<Actor> speakers = null;
            int firstDay = 0;
            int lastDay = 0;
            for (Stance stance : statement.stances()) {
                if (stance.target().refersToSameAs(target)) {
                    if (speakers == null) {
                        speakers = AffiliationLifting.distinctActors(resolver, statement);
                        firstDay = DateOrder.firstDay(statement.date());
                        lastDay = DateOrder.lastDay(statement.date());
                    }
                    group.add(speakers, statement, stance, firstDay, lastDay);
                }
            }
        }
        return group.build();
    }

    /**
     * Obtains the alignment of the actors that took a stance on a target in a dossier: its
     * statements, and the votes and agreement points of its documents
     * ({@link DocumentStatements#allOf(Dossier)}), counted by the
     * {@linkplain SpeakerResolver#standard() standard} resolver. A vote on a document is a position
     * on it: members who voted alike are {@link AlignmentVerdict#ALIGNED ALIGNED}, a member that
     * abstained and one that voted against (or in favour) {@link AlignmentVerdict#DIVERGENT
     * DIVERGENT}, and a member absent takes no part.
     *
     * @param dossier  the dossier, not null
     * @param target  the target, not null
     * @return the alignment, not null
     * @since 0.2
     */
    public static StanceAlignment inDossier(Dossier dossier, StanceTarget target) {
        return of(DocumentStatements.allOf(dossier), target);
    }

    /**
     * Obtains the alignment on every target that a dossier's statements, votes and agreement points
     * take a stance on ({@link DocumentStatements#allOf(Dossier)}), counted by the
     * {@linkplain SpeakerResolver#standard() standard} resolver.
     *
     * @param dossier  the dossier, not null
     * @return the alignments, by {@linkplain StanceTarget#identityKey() identity key} of the target,
     *     in the order the targets first appear, unmodifiable, not null
     * @since 0.2
     */
    public static Map<String, StanceAlignment> byTargetInDossier(Dossier dossier) {
        return byTarget(DocumentStatements.allOf(dossier));
    }

    /**
     * Obtains the alignment on every target that statements take a stance on, counting statements
     * for actors by the {@linkplain SpeakerResolver#standard() standard} resolver.
     *
     * <p>Cost: one pass over the statements and their stances, a sort of each actor's stances on
     * each target, then constant time per pair of actors on each target. Memory: the stances, plus
     * one small object per pair of actors per target.
     *
     * @param statements  the statements, not null, no null element
     * @return the alignments, by {@linkplain StanceTarget#identityKey() identity key} of the target,
     *     in the order the targets first appear, unmodifiable, not null
     */
    public static Map<String, StanceAlignment> byTarget(Collection<? extends Statement> statements) {
        return byTarget(statements, SpeakerResolver.standard());
    }

    /**
     * Obtains the alignment on every target that statements take a stance on, counting statements
     * for actors by the given resolver. Each alignment's target is the first stance target met
     * with its identity key.
     *
     * <p>Cost: one pass over the statements and their stances, a sort of each actor's stances on
     * each target, then constant time per pair of actors on each target. Memory: the stances, plus
     * one small object per pair of actors per target.
     *
     * @param statements  the statements, not null, no null element
     * @param resolver  decides which actors a statement counts for, not null
     * @return the alignments, by {@linkplain StanceTarget#identityKey() identity key} of the target,
     *     in the order the targets first appear, unmodifiable, not null
     * @throws NullPointerException with message {@code resolver} if the resolver returns null or a
     *     null actor
     */
    public static Map<String, StanceAlignment> byTarget(Collection<? extends Statement> statements,
            SpeakerResolver resolver) {
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(resolver, "resolver");
        // grouped by target without making an identity key per stance: one per target, at the end
        Map<TargetKey, Group> groups = new LinkedHashMap<>();
        for (Statement statement : statements) {
            Objects.requireNonNull(statement, "statements");
            List<Actor> speakers = AffiliationLifting.distinctActors(resolver, statement);
            // the days of the statement's date read now, while the statement is at hand, for the sorts
            int firstDay = DateOrder.firstDay(statement.date());
            int lastDay = DateOrder.lastDay(statement.date());
            for (Stance stance : statement.stances()) {
                groups.computeIfAbsent(new TargetKey(stance.target()), key -> new Group(key.target))
                        .add(speakers, statement, stance, firstDay, lastDay);
            }
        }
        Map<String, StanceAlignment> alignments = new LinkedHashMap<>(groups.size() * 2);
        groups.forEach((key, group) -> alignments.put(key.target.identityKey(), group.build()));
        return Collections.unmodifiableMap(alignments);
    }

    /**
     * Gets the target.
     *
     * @return the target, not null
     */
    public StanceTarget target() {
        return target;
    }

    /**
     * Gets the actors that took a stance on the target, sorted by id.
     *
     * @return the actors, unmodifiable, not null
     */
    public List<Actor> actors() {
        return actors;
    }

    /**
     * Gets the stances on the target that count for an actor, in chronological order of their
     * statements.
     *
     * <p>Cost: constant.
     *
     * @param actor  the actor, compared by id, not null
     * @return the stances, empty if the actor took none, unmodifiable
     */
    public List<AttributedStance> stances(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Integer index = indexById.get(actor.id());
        return index == null ? List.of() : stances.get(index);
    }

    /**
     * Gets every pair of actors that took a stance on the target, each once, the first actor the
     * one with the lower id, sorted by the first actor's id, then the second's.
     *
     * @return the pairs, {@code m (m - 1) / 2} of them for {@code m} actors, unmodifiable
     */
    public List<ActorPairAlignment> pairs() {
        return pairs;
    }

    /**
     * Gets the pairs with the given verdict, in the order of {@link #pairs()}.
     *
     * <p>Cost: linear in the number of pairs.
     *
     * @param verdict  the verdict, not null
     * @return the pairs, unmodifiable, not null
     */
    public List<ActorPairAlignment> pairs(AlignmentVerdict verdict) {
        Objects.requireNonNull(verdict, "verdict");
        List<ActorPairAlignment> found = new ArrayList<>();
        for (ActorPairAlignment pair : pairs) {
            if (pair.verdict() == verdict) {
                found.add(pair);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Gets the alignment of two actors, in the order asked: {@code pair(a, b)} and
     * {@code pair(b, a)} have the same verdict, with the actors and support swapped.
     *
     * <p>Cost: constant.
     *
     * @param first  the first actor, compared by id, not null
     * @param second  the second actor, compared by id, not null
     * @return the alignment, empty if either actor took no stance on the target or both are one
     */
    public Optional<ActorPairAlignment> pair(Actor first, Actor second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Integer i = indexById.get(first.id());
        Integer j = indexById.get(second.id());
        if (i == null || j == null || i.intValue() == j.intValue()) {
            return Optional.empty();
        }
        return Optional.of(i < j ? pairAt(i, j) : pairAt(j, i).reversed());
    }

    private ActorPairAlignment pairAt(int i, int j) {
        int m = actors.size();
        return pairs.get(i * m - i * (i + 1) / 2 + (j - i - 1));
    }

    /**
     * Gets the verdict on two actors: the verdict of their {@link #pair(Actor, Actor) pair}, or
     * {@link AlignmentVerdict#NO_COMMON_DATA NO_COMMON_DATA} if either took no stance on the target.
     * Symmetric.
     *
     * <p>Cost: constant.
     *
     * @param first  the first actor, compared by id, not null
     * @param second  the second actor, compared by id, not null
     * @return the verdict, not null
     * @throws ValidationException if both actors have the same id, with one
     *     {@link ViolationCode#INCONSISTENT} violation at {@code second}
     */
    public AlignmentVerdict verdict(Actor first, Actor second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.id().equals(second.id())) {
            throw AnalysisViolations.exception("StanceAlignment", "second", ViolationCode.INCONSISTENT,
                    "be another actor than first", "'" + second.id() + "' for both");
        }
        return pair(first, second).map(ActorPairAlignment::verdict).orElse(AlignmentVerdict.NO_COMMON_DATA);
    }

    /**
     * Gets a short description: the target, how many actors and pairs.
     *
     * @return text such as {@code StanceAlignment[topic 'the situation in Myanmar' (myanmar-situation):
     *     2 actors, 1 pairs]}
     */
    @Override
    public String toString() {
        return "StanceAlignment[" + target + ": " + actors.size() + " actors, " + pairs.size() + " pairs]";
    }

    /**
     * A target as the key of a map: equal to another exactly when it {@linkplain
     * StanceTarget#refersToSameAs refers to the same} thing (the rule is asked, not written again),
     * with a hash code made of the strings the target already holds, so that no identity key is made
     * per stance. {@code StanceAlignmentTest} proves with seeded random targets of every kind that
     * equal keys have equal hash codes.
     */
    static final class TargetKey {

        final StanceTarget target;
        private final int hash;

        TargetKey(StanceTarget target) {
            this.target = target;
            int h;
            switch (target.kind()) {
                case ACTOR:
                    h = target.actor().orElseThrow().id().hashCode();
                    break;
                case TOPIC:
                    Optional<String> key = target.topicKey();
                    h = key.isPresent() ? key.get().hashCode()
                            : 31 + target.label().orElseThrow().toLowerCase(Locale.ROOT).hashCode();
                    break;
                case DOCUMENT:
                    h = 31 * target.documentId().orElseThrow().hashCode() + Objects.hashCode(target.passageId().orElse(null));
                    break;
                case EVENT:
                    h = target.eventId().orElseThrow().hashCode();
                    break;
                case CASUALTY_REPORT:
                    h = target.casualtyReportId().orElseThrow().hashCode();
                    break;
                default:
                    h = target.statementId().orElseThrow().hashCode();
                    break;
            }
            hash = 31 * h + target.kind().ordinal();
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof TargetKey && hash == ((TargetKey) obj).hash
                    && target.refersToSameAs(((TargetKey) obj).target);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The stances on one target, by actor id, while they are collected. */
    private static final class Group {

        private final StanceTarget target;
        private final Map<String, Side> sides = new HashMap<>();
        /** The first stance met of each position on the target, by ordinal; null if none. */
        private final Stance[] representatives = new Stance[Side.POLARITIES];
        /**
         * The outcome of comparing two actors, by the polarities each took ({@link #outcome}), once
         * computed, indexed by the first actor's polarities shifted left by {@link Side#POLARITIES},
         * or'ed with the second's; 0 until computed.
         */
        private final int[] outcomes = new int[1 << 2 * Side.POLARITIES];

        Group(StanceTarget target) {
            this.target = target;
        }

        void add(List<Actor> speakers, Statement statement, Stance stance, int firstDay, int lastDay) {
            int polarity = stance.position().ordinal();
            if (representatives[polarity] == null) {
                representatives[polarity] = stance;
            }
            for (Actor actor : speakers) {
                Side side = sides.computeIfAbsent(actor.id(), id -> new Side(actor));
                side.add(AttributedStance.of(side.actor, statement, stance), polarity, firstDay, lastDay);
            }
        }

        StanceAlignment build() {
            List<Side> sorted = new ArrayList<>(sides.values());
            sorted.sort(Comparator.comparing(side -> side.actor.id()));
            int m = sorted.size();
            List<Actor> actors = new ArrayList<>(m);
            Map<String, Integer> indexById = new HashMap<>(m * 2);
            List<List<AttributedStance>> stances = new ArrayList<>(m);
            for (Side side : sorted) {
                side.freeze();
                indexById.put(side.actor.id(), actors.size());
                actors.add(side.actor);
                stances.add(side.stances);
            }
            List<ActorPairAlignment> pairs = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, (long) m * (m - 1) / 2));
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    pairs.add(compare(sorted.get(i), sorted.get(j)));
                }
            }
            return new StanceAlignment(target, List.copyOf(actors), Map.copyOf(indexById), List.copyOf(stances),
                    Collections.unmodifiableList(pairs));
        }

        /**
         * Compares two actors by the positions of their stances: on one target, {@code agreesWith}
         * and {@code opposes} depend on the positions alone, so the outcome for each two sets of
         * positions is computed once, through one representative stance per position.
         */
        private ActorPairAlignment compare(Side first, Side second) {
            int index = first.polarities << Side.POLARITIES | second.polarities;
            int outcome = outcomes[index];
            if (outcome == 0) {
                outcome = outcome(first.polarities, second.polarities);
                outcomes[index] = outcome;
            }
            AlignmentVerdict verdict = VERDICTS[outcome >>> 16 & 0xFF];
            return new ActorPairAlignment(target, first.actor, second.actor, verdict,
                    first.support(outcome >>> 8 & 0xFF), second.support(outcome & 0xFF));
        }

        /**
         * The outcome of comparing an actor that took stances of some polarities with one that took
         * stances of others: the verdict's ordinal, shifted left by 16, or'ed with the polarities of
         * the first actor's supporting stances shifted left by 8, and those of the second's, and a bit
         * ({@code COMPUTED}) so that it is never 0.
         */
        private int outcome(int firstPolarities, int secondPolarities) {
            boolean agree = false;
            boolean oppose = false;
            int firstMask = 0;
            int secondMask = 0;
            for (int p = 0; p < Side.POLARITIES; p++) {
                if ((firstPolarities & 1 << p) == 0) {
                    continue;
                }
                Stance mine = representatives[p];
                for (int q = 0; q < Side.POLARITIES; q++) {
                    if ((secondPolarities & 1 << q) == 0) {
                        continue;
                    }
                    Stance theirs = representatives[q];
                    boolean agrees = mine.agreesWith(theirs);
                    boolean opposes = !agrees && mine.opposes(theirs);
                    if (agrees || opposes) {
                        firstMask |= 1 << p;
                        secondMask |= 1 << q;
                        agree |= agrees;
                        oppose |= opposes;
                    }
                }
            }
            AlignmentVerdict verdict = agree
                    ? (oppose ? AlignmentVerdict.MIXED : AlignmentVerdict.ALIGNED)
                    : (oppose ? AlignmentVerdict.DIVERGENT : AlignmentVerdict.NO_COMMON_DATA);
            return COMPUTED | verdict.ordinal() << 16 | firstMask << 8 | secondMask;
        }
    }

    /** The verdicts, by ordinal. */
    private static final AlignmentVerdict[] VERDICTS = AlignmentVerdict.values();
    /** The bit that marks an outcome of {@code Group.outcome} as computed. */
    private static final int COMPUTED = 1 << 24;

    /** One actor's stances on one target. */
    private static final class Side {

        static final int POLARITIES = Position.values().length;

        final Actor actor;
        /** The polarities of the stances, one bit per ordinal. */
        int polarities;
        private List<AttributedStance> collected = new ArrayList<>();
        /** The first and last days of the stances' dates, in the order collected. */
        private int[] firstDays = new int[4];
        private int[] lastDays = new int[4];
        /** The stances, chronological, once frozen. */
        List<AttributedStance> stances;
        /** The stances of the polarities of each bit mask, computed once each. */
        private final List<List<AttributedStance>> supportByMask = new ArrayList<>(Collections.nCopies(1 << POLARITIES,
                null));

        Side(Actor actor) {
            this.actor = actor;
        }

        void add(AttributedStance stance, int polarity, int firstDay, int lastDay) {
            int index = collected.size();
            if (index == firstDays.length) {
                firstDays = Arrays.copyOf(firstDays, index * 2);
                lastDays = Arrays.copyOf(lastDays, index * 2);
            }
            firstDays[index] = firstDay;
            lastDays[index] = lastDay;
            collected.add(stance);
            polarities |= 1 << polarity;
        }

        void freeze() {
            AttributedStance[] sorted = collected.toArray(new AttributedStance[0]);
            // stable: the stances of one statement keep their order
            DateOrder.sort(sorted, Arrays.copyOf(firstDays, sorted.length), Arrays.copyOf(lastDays, sorted.length),
                    CHRONOLOGICAL);
            stances = List.of(sorted);
            collected = null;
            firstDays = null;
            lastDays = null;
        }

        List<AttributedStance> support(int mask) {
            List<AttributedStance> support = supportByMask.get(mask);
            if (support == null) {
                List<AttributedStance> selected = new ArrayList<>();
                for (AttributedStance stance : stances) {
                    if ((mask & 1 << stance.stance().position().ordinal()) != 0) {
                        selected.add(stance);
                    }
                }
                support = List.copyOf(selected);
                supportByMask.set(mask, support);
            }
            return support;
        }
    }
}
