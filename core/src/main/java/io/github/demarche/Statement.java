package io.github.demarche;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Who said what, about whom, when, with which stances: one statement reported by a source.
 *
 * <p>From the reference article, Wang Yi and Lavrov voicing support together is one statement with
 * two speakers:
 * <pre>{@code
 * Statement joint = Statement.builder().id("joint-statement")
 *         .addSpeakers(wangYi, lavrov)
 *         .date(ApproximateDate.parse("2021-03-23"))
 *         .mode(StatementMode.JOINT).channel(Channel.MEETING)
 *         .summary("Both support all parties in Myanmar seeking a political solution")
 *         .addStance(support)
 *         .addEventId("wang-lavrov-meeting")
 *         .addSource(irrawaddy)
 *         .build();
 * }</pre>
 *
 * <p>Rules: the id has the form of every identifier (see {@link Actor#id()}); there is at least one
 * speaker and no speaker twice (by id); a {@link StatementMode#JOINT joint} statement has at least
 * two speakers; a {@link StatementMode#DIRECT_QUOTE direct quote} carries its quote; the quote is
 * at most 5000 characters and the summary, if given, at most 2000, neither blank; the actor who
 * reported the statement, if given, is not one of the speakers (by id); event ids are well formed
 * and unique; a relative date is not anchored to the statement itself; there is at least one source; no external id twice; attribute keys are well formed.
 * Rules that need the whole document (speakers and events known, not dated after publication, a
 * relative date's anchor known and agreeing with the date) are checked by {@link Dossier}.
 *
 * <p>A statement may take no stance: "the monitoring group said 149 people had been killed" only
 * reports a figure, and inventing a neutral stance for it would make unrelated actors look aligned.
 * A statement without stances takes part in no alignment.
 *
 * <p><b>Order.</b> {@link #isBefore(Statement)} and {@link #isAfter(Statement)} follow the partial
 * order of {@link ApproximateDate}: an "early March" statement and a "March" one are neither.
 * {@link #CHRONOLOGICAL} is a total order for sorting.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
public abstract class Statement implements Serializable {

    private static final long serialVersionUID = 2L;

    private static final int MAX_QUOTE = 5000;
    private static final int MAX_SUMMARY = 2000;

    /**
     * Sorts statements by date ({@link ApproximateDate#CHRONOLOGICAL}), then by id. Consistent with
     * {@code equals} among statements with distinct ids, as in a {@link Dossier}.
     */
    public static final Comparator<Statement> CHRONOLOGICAL = Comparator
            .comparing(Statement::date, ApproximateDate.CHRONOLOGICAL)
            .thenComparing(Statement::id);

    Statement() {
    }

    /**
     * Obtains a builder of statements.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier of the statement within its dossier.
     *
     * @return the id, not null
     */
    public abstract String id();

    /**
     * Gets the speakers, in the order the source names them.
     *
     * @return the speakers, at least one, unmodifiable
     */
    public abstract List<Actor> speakers();

    /**
     * Gets the actor the speakers speak on behalf of, when the source says so ("a spokesperson for
     * Russia").
     *
     * @return the actor spoken for, or empty
     */
    public abstract Optional<Actor> onBehalfOf();

    /**
     * Gets the actor who reported the statement, when it is not one of the speakers: "the UN
     * spokesperson said the envoy had told the council…" has the envoy as speaker and the
     * spokesperson as reporter. How attribution is said:
     * <ul>
     *   <li>"according to X", "X said that Y had said": the speakers are Y, {@code reportedBy} is X;</li>
     *   <li>anonymous sourcing, "diplomats said", "officials who asked not to be named": the speaker
     *       is an unnamed, usually {@linkplain Actor#isCollective() collective}, actor with a
     *       {@linkplain Actor#description() description};</li>
     *   <li>the publication that carries the report is one of the {@link #sources()}, not an actor
     *       of the statement.</li>
     * </ul>
     * The analyses count a statement for its speakers (see
     * {@link io.github.demarche.analysis.SpeakerResolver}), never for its reporter.
     *
     * @return the reporting actor, empty if the speakers are reported directly
     * @since 0.2
     */
    public abstract Optional<Actor> reportedBy();

    /**
     * Gets when the statement was made.
     *
     * @return the date, not null
     */
    public abstract ApproximateDate date();

    /**
     * Gets the date as the source gives it relative to an event or another statement, such as
     * "a day after the meeting", beside the {@link #date()} as best known; see {@link RelativeDate}.
     *
     * @return the relative date, empty if the source gives the date by itself
     * @since 0.2
     */
    public abstract Optional<RelativeDate> relativeDate();

    /**
     * Gets how the source conveys the statement.
     *
     * @return the mode, not null
     */
    public abstract StatementMode mode();

    /**
     * Gets where or through what the statement was made.
     *
     * @return the channel, not null
     */
    public abstract Channel channel();

    /**
     * Gets the verbatim quote.
     *
     * @return the quote, empty if the source gives no words in quotation marks
     */
    public abstract Optional<String> quote();

    /**
     * Gets a summary of what was said, close to the source's wording.
     *
     * @return the summary, empty where the source gives none (event data rows have codes, not words)
     */
    public abstract Optional<String> summary();

    /**
     * Gets the stances the statement takes.
     *
     * @return the stances, unmodifiable, empty for a statement that only reports, such as a figure
     */
    public abstract List<Stance> stances();

    /**
     * Gets the ids of the events the statement is about.
     *
     * @return the event ids, unmodifiable, possibly empty
     */
    public abstract List<String> eventIds();


    /**
     * Gets where the statement comes from: the reports and dataset rows it was taken from, at least one.
     *
     * @return the sources, unmodifiable, not empty
     * @since 0.2
     */
    public abstract List<SourceAttribution> sources();

    /**
     * Gets where the statement was made or happened, as the source gives it.
     *
     * @return the location, empty if the source does not say
     * @since 0.2
     */
    public abstract Optional<Location> location();

    /**
     * Gets the ids that datasets give this statement, kept as written beside {@link #id()}, such as
     * {@code gdelt:881990842}.
     *
     * @return the external ids, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract List<ExternalId> externalIds();

    /**
     * Gets the extension attributes: what a dataset carries about the statement and the model does not
     * name, by key, with its type, such as {@code gdelt.NumMentions = 5}.
     *
     * @return the attributes, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract Map<String, AttributeValue> attributes();

    /**
     * Checks if this statement was certainly made before another, by the partial order of their
     * dates.
     *
     * @param other  the other statement, not null
     * @return true if this statement's date is entirely before the other's
     */
    public boolean isBefore(Statement other) {
        Objects.requireNonNull(other, "other");
        return date().isBefore(other.date());
    }

    /**
     * Checks if this statement was certainly made after another, by the partial order of their
     * dates.
     *
     * @param other  the other statement, not null
     * @return true if this statement's date is entirely after the other's
     */
    public boolean isAfter(Statement other) {
        Objects.requireNonNull(other, "other");
        return date().isAfter(other.date());
    }

    @Value.Check
    final void check() {
        Violations violations = Violations.of("Statement");
        violations.id("id", id());
        violations.notEmpty("speakers", speakers());
        violations.unique("speakers", speakers(), Actor::id, "name each speaker once");
        Optional<Actor> reportedBy = reportedBy();
        if (reportedBy.isPresent()) {
            for (Actor speaker : speakers()) {
                if (speaker.id().equals(reportedBy.get().id())) {
                    violations.add("reportedBy", ViolationCode.INCONSISTENT, "not be one of the speakers",
                            speaker.id());
                }
            }
        }
        if (mode() == StatementMode.JOINT && speakers().size() == 1) {
            violations.addRaw("speakers", ViolationCode.INCONSISTENT,
                    "hold at least two actors when mode is JOINT", "1 speaker");
        }
        if (mode() == StatementMode.DIRECT_QUOTE && quote().isEmpty()) {
            violations.addRaw("quote", ViolationCode.INCONSISTENT, "be given when mode is DIRECT_QUOTE", "nothing");
        }
        Optional<String> quote = quote();
        if (quote.isPresent()) {
            violations.text("quote", quote.get(), MAX_QUOTE, Violations.TextForm.LINES);
        }
        Optional<String> summary = summary();
        if (summary.isPresent()) {
            violations.text("summary", summary.get(), MAX_SUMMARY, Violations.TextForm.LINES);
        }
        Optional<RelativeDate> relativeDate = relativeDate();
        if (relativeDate.isPresent()) {
            violations.notSelfAnchored(relativeDate.get(), RelativeDate.Anchor.Kind.STATEMENT, id());
        }
        List<String> eventIds = eventIds();
        for (int i = 0; i < eventIds.size(); i++) {
            String eventId = eventIds.get(i);
            if (eventId.length() > Violations.ID_MAX_LENGTH || !Violations.isId(eventId)) {
                violations.id(Violations.at("eventIds", i), eventId);  // the path is only made for a bad id
            }
        }
        violations.unique("eventIds", eventIds(), Function.identity(), "name each event once");
        violations.provenance(sources(), externalIds()).attributeKeys("attributes", attributes());
        violations.throwIfAny();
    }

    /**
     * Gets a short description: id, date, speakers and stance types, at most five of each (the
     * others counted, as in {@code +3 more}), so that it stays short whatever the statement holds.
     *
     * @return text such as {@code Statement[joint-statement 2021-03-23 wang-yi+sergei-lavrov: SUPPORT, APPEAL]},
     *     or {@code Statement[aapp-figure 2021-03-23 aapp: no stance]}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Statement[").append(id()).append(' ').append(date()).append(' ');
        List<Actor> speakers = speakers();
        for (int i = 0; i < Math.min(speakers.size(), Violations.MAX_LISTED); i++) {
            text.append(i == 0 ? "" : "+").append(speakers.get(i).id());
        }
        if (speakers.size() > Violations.MAX_LISTED) {
            text.append(" +").append(speakers.size() - Violations.MAX_LISTED).append(" more");
        }
        text.append(':');
        List<Stance> stances = stances();
        if (stances.isEmpty()) {
            text.append(" no stance");
        }
        for (int i = 0; i < Math.min(stances.size(), Violations.MAX_LISTED); i++) {
            text.append(i == 0 ? " " : ", ").append(stances.get(i).type());
        }
        if (stances.size() > Violations.MAX_LISTED) {
            text.append(", +").append(stances.size() - Violations.MAX_LISTED).append(" more");
        }
        return text.append(']').toString();
    }

    /**
     * Builds statements. Obtain one from {@link Statement#builder()}; it is not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableStatement.Builder {

        /** Creates a builder; prefer {@link Statement#builder()}. */
        public Builder() {
        }

        /**
         * Checks the statement this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds a statement from the attributes set on this builder.
         *
         * <p>The required attributes are {@code id}, {@code date}, {@code mode} and
         * {@code channel}. When any of them is not set, the exception carries one
         * {@link ViolationCode#MISSING_ATTRIBUTE} violation per missing attribute, whose path is
         * the attribute's name, such as {@code Statement.date must be set, got nothing}. When all
         * are set, it carries every rule of {@link Statement} that the attributes break.
         *
         * <p>A date the source gives relative to an event or statement ("some six weeks after the
         * Jakarta meeting") is set beside the date as best known:
         * {@code .date(ApproximateDate.parse("2021-06-early~"))
         * .relativeDate(RelativeDate.after(jakarta, 6, Unit.WEEKS))}.
         *
         * @return the statement, not null
         * @throws ValidationException if a required attribute is not set or a rule is broken
         */
        @Override
        public Statement build() {
            return super.build();
        }
    }
}
