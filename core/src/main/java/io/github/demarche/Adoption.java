package io.github.demarche;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a body decided on a document: by consensus, unanimously, or by a vote, with the tally, each
 * member's vote where the source gives it, and the members that objected.
 *
 * <p>Resolution 2719 (2023) was "adopted by a vote of 13 in favour to none against, with 2
 * abstentions (Russian Federation, United States)":
 * <pre>{@code
 * Adoption adoption = Adoption.builder().method(AdoptionMethod.VOTE)
 *         .count(VoteCount.of(13, 0, 2))
 *         .addVotes(Vote.of(russia, VoteChoice.ABSTENTION), Vote.of(unitedStates, VoteChoice.ABSTENTION))
 *         .build();
 * }</pre>
 * A draft that failed is decided too: "the draft was not adopted, owing to the negative vote of a
 * permanent member" is a vote with {@code adopted(false)}. A text "adopted by consensus, with India
 * dissociating itself from paragraph 4" names India among the {@link #objectors() objectors}.
 *
 * <p>Rules:
 * <ul>
 *   <li>by {@link AdoptionMethod#CONSENSUS consensus}: no tally and no votes;</li>
 *   <li>{@link AdoptionMethod#UNANIMOUS unanimously}: a tally, if given, with no vote against and no
 *       abstention; every vote listed in favour or not voting; no objector;</li>
 *   <li>by a {@link AdoptionMethod#VOTE vote}: a tally, or at least one vote listed;</li>
 *   <li>the votes listed do not exceed the tally of their choice (the list may name only some
 *       members, as "India abstained");</li>
 *   <li>each member votes once and objects once; no member that voted in favour objects.</li>
 * </ul>
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
public abstract class Adoption implements Serializable {

    private static final long serialVersionUID = 1L;

    Adoption() {
    }

    /**
     * Obtains a builder of adoptions, adopted unless told otherwise.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets how the body decided.
     *
     * @return the method, not null
     */
    public abstract AdoptionMethod method();

    /**
     * Checks if the document was adopted: false for a draft that was voted down or vetoed, or on
     * which consensus failed ("the Council could not agree on a statement").
     *
     * @return true if adopted
     */
    public abstract boolean isAdopted();

    /**
     * Gets the recorded tally of the vote.
     *
     * @return the tally, empty if the source gives none or there was no vote
     */
    public abstract Optional<VoteCount> count();

    /**
     * Gets the members' votes that the source names, in its order.
     *
     * @return the votes, unmodifiable, possibly empty
     */
    public abstract List<Vote> votes();

    /**
     * Gets the members that objected to the decision, or dissociated themselves from it, without
     * blocking it.
     *
     * @return the objectors, unmodifiable, possibly empty
     */
    public abstract List<Actor> objectors();

    @Value.Check
    final void check() {
        Violations violations = Violations.of("Adoption");
        Optional<VoteCount> count = count();
        List<Vote> votes = votes();
        switch (method()) {
            case CONSENSUS:
                if (count.isPresent()) {
                    violations.add("count", ViolationCode.NOT_APPLICABLE, "be absent when method is CONSENSUS",
                            count.get().toString());
                }
                if (!votes.isEmpty()) {
                    violations.addRaw("votes", ViolationCode.NOT_APPLICABLE, "be empty when method is CONSENSUS",
                            votes.size() + (votes.size() == 1 ? " vote" : " votes"));
                }
                break;
            case UNANIMOUS:
                if (count.isPresent() && (count.get().against() > 0 || count.get().abstentions() > 0)) {
                    violations.add("count", ViolationCode.INCONSISTENT,
                            "have no vote against and no abstention when method is UNANIMOUS", count.get().toString());
                }
                for (int i = 0; i < votes.size(); i++) {
                    VoteChoice choice = votes.get(i).choice();
                    if (choice == VoteChoice.AGAINST || choice == VoteChoice.ABSTENTION) {
                        violations.add(Violations.at("votes", i), ViolationCode.INCONSISTENT,
                                "be IN_FAVOUR or NOT_VOTING when method is UNANIMOUS", votes.get(i).toString());
                    }
                }
                if (!objectors().isEmpty()) {
                    violations.add("objectors", ViolationCode.INCONSISTENT, "be empty when method is UNANIMOUS",
                            objectors().get(0).id());
                }
                break;
            default:
                if (count.isEmpty() && votes.isEmpty()) {
                    violations.addRaw("count", ViolationCode.MISSING_ATTRIBUTE,
                            "be given, or votes listed, when method is VOTE", "nothing");
                }
                break;
        }
        if (count.isPresent() && !votes.isEmpty()) {
            for (VoteChoice choice : VoteChoice.values()) {
                int listed = 0;
                for (Vote vote : votes) {
                    listed += vote.choice() == choice ? 1 : 0;
                }
                if (choice != VoteChoice.NOT_VOTING && listed > count.get().count(choice)) {
                    violations.addRaw("votes", ViolationCode.INCONSISTENT,
                            "list at most as many votes of each choice as count " + count.get(),
                            listed + " " + choice);
                }
            }
        }
        violations.unique("votes", votes, vote -> vote.actor().id(), "name each voter once");
        violations.unique("objectors", objectors(), Actor::id, "name each objector once");
        for (int i = 0; i < objectors().size(); i++) {
            String id = objectors().get(i).id();
            for (Vote vote : votes) {
                if (vote.choice() == VoteChoice.IN_FAVOUR && vote.actor().id().equals(id)) {
                    violations.add(Violations.at("objectors", i), ViolationCode.INCONSISTENT,
                            "not have voted in favour", id);
                }
            }
        }
        violations.throwIfAny();
    }

    /**
     * Gets a short description: the method, the outcome and the tally.
     *
     * @return text such as {@code Adoption[VOTE adopted 13-0-2]} or {@code Adoption[CONSENSUS not adopted]}
     */
    @Override
    public String toString() {
        return "Adoption[" + method() + (isAdopted() ? " adopted" : " not adopted")
                + count().map(c -> " " + c).orElse("") + "]";
    }

    /**
     * Builds adoptions. Obtain one from {@link Adoption#builder()}; it is not thread-safe.
     *
     * @since 0.2
     */
    public static final class Builder extends ImmutableAdoption.Builder {

        /** Creates a builder, adopted unless told otherwise; prefer {@link Adoption#builder()}. */
        public Builder() {
            adopted(true);
        }

        /**
         * Checks the adoption this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds an adoption from the attributes set on this builder.
         *
         * <p>The required attribute is {@code method}. When it is not set, the exception carries a
         * {@link ViolationCode#MISSING_ATTRIBUTE} violation, {@code Adoption.method must be set, got
         * nothing}. When it is set, it carries every rule of {@link Adoption} that the attributes break.
         *
         * @return the adoption, not null
         * @throws ValidationException if the method is not set or a rule is broken
         */
        @Override
        public Adoption build() {
            return super.build();
        }
    }
}
