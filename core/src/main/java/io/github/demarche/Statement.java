package io.github.demarche;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * Checks the rules of a statement, as {@link Builder#build()} and a serialized statement
     * being read do (and the Immutables form that {@code StatementBuilderTest} compares with).
     *
     * @throws ValidationException if a rule is broken, with every violation found
     */
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
     * <p>A setter that takes an {@code Optional} sets the attribute, or clears it when empty; a
     * setter named for a list or map ({@code speakers(...)}) replaces its elements, and
     * {@code add...} and {@code put...} add to them. Null is refused with a
     * {@link NullPointerException} everywhere.
     *
     * @since 0.1
     */
    public static final class Builder {

        // Written by hand, as Actor.Builder is, rather than generated by Immutables: the generated
        // builder made five lists and a map for every statement and copied each through an array
        // when building, though most statements hold one or two speakers, stances and sources.
        // Here a list or the map is made when its first element is added (see BuilderCollections).
        // StatementBuilderTest proves this builder and StatementValue equal to the generated form
        // (ReferenceStatement) on seeded random statements.
        String id;
        List<Actor> speakers;
        Actor onBehalfOf;
        Actor reportedBy;
        ApproximateDate date;
        RelativeDate relativeDate;
        StatementMode mode;
        Channel channel;
        String quote;
        String summary;
        List<Stance> stances;
        List<String> eventIds;
        List<SourceAttribution> sources;
        Location location;
        List<ExternalId> externalIds;
        Map<String, AttributeValue> attributes;

        /** Creates a builder; prefer {@link Statement#builder()}. */
        public Builder() {
        }

        /**
         * Fills this builder with the attributes of a statement. The id, date, mode and channel
         * are replaced; an optional attribute is replaced only when present in the statement; the
         * elements of its lists and the entries of its attributes are added.
         *
         * @param instance  the statement to copy from, not null
         * @return this builder, not null
         */
        public Builder from(Statement instance) {
            Objects.requireNonNull(instance, "instance");
            id(instance.id());
            addAllSpeakers(instance.speakers());
            instance.onBehalfOf().ifPresent(this::onBehalfOf);
            instance.reportedBy().ifPresent(this::reportedBy);
            date(instance.date());
            instance.relativeDate().ifPresent(this::relativeDate);
            mode(instance.mode());
            channel(instance.channel());
            instance.quote().ifPresent(this::quote);
            instance.summary().ifPresent(this::summary);
            addAllStances(instance.stances());
            addAllEventIds(instance.eventIds());
            addAllSources(instance.sources());
            instance.location().ifPresent(this::location);
            addAllExternalIds(instance.externalIds());
            putAllAttributes(instance.attributes());
            return this;
        }

        /**
         * Sets the {@link Statement#id() id}, required.
         *
         * @param id  the id, not null
         * @return this builder, not null
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Adds one of the {@link Statement#speakers() speakers}.
         *
         * @param element  the speaker, not null
         * @return this builder, not null
         */
        public Builder addSpeaker(Actor element) {
            speakers = BuilderCollections.add(speakers, element, "speakers element");
            return this;
        }

        /**
         * Adds {@link Statement#speakers() speakers}.
         *
         * @param elements  the speakers, none null
         * @return this builder, not null
         */
        public Builder addSpeakers(Actor... elements) {
            for (Actor element : elements) {
                speakers = BuilderCollections.add(speakers, element, "speakers element");
            }
            return this;
        }

        /**
         * Replaces the {@link Statement#speakers() speakers}.
         *
         * @param elements  the speakers, none null
         * @return this builder, not null
         */
        public Builder speakers(Iterable<? extends Actor> elements) {
            speakers = null;
            return addAllSpeakers(elements);
        }

        /**
         * Adds {@link Statement#speakers() speakers}.
         *
         * @param elements  the speakers, none null
         * @return this builder, not null
         */
        public Builder addAllSpeakers(Iterable<? extends Actor> elements) {
            speakers = BuilderCollections.forAddAll(speakers, elements);
            BuilderCollections.addAll(speakers, elements, "speakers element");
            return this;
        }

        /**
         * Sets the {@link Statement#onBehalfOf() actor spoken for}.
         *
         * @param onBehalfOf  the actor the speakers speak on behalf of, not null
         * @return this builder, not null
         */
        public Builder onBehalfOf(Actor onBehalfOf) {
            this.onBehalfOf = Objects.requireNonNull(onBehalfOf, "onBehalfOf");
            return this;
        }

        /**
         * Sets or clears the {@link Statement#onBehalfOf() actor spoken for}.
         *
         * @param onBehalfOf  the actor the speakers speak on behalf of, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder onBehalfOf(Optional<? extends Actor> onBehalfOf) {
            this.onBehalfOf = onBehalfOf.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Statement#reportedBy() reporting actor}.
         *
         * @param reportedBy  the actor who reported the statement, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder reportedBy(Actor reportedBy) {
            this.reportedBy = Objects.requireNonNull(reportedBy, "reportedBy");
            return this;
        }

        /**
         * Sets or clears the {@link Statement#reportedBy() reporting actor}.
         *
         * @param reportedBy  the actor who reported the statement, empty to clear it, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder reportedBy(Optional<? extends Actor> reportedBy) {
            this.reportedBy = reportedBy.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Statement#date() date}, required.
         *
         * @param date  the date, not null
         * @return this builder, not null
         */
        public Builder date(ApproximateDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the {@link Statement#relativeDate() relative date}.
         *
         * @param relativeDate  the date relative to an event or statement, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder relativeDate(RelativeDate relativeDate) {
            this.relativeDate = Objects.requireNonNull(relativeDate, "relativeDate");
            return this;
        }

        /**
         * Sets or clears the {@link Statement#relativeDate() relative date}.
         *
         * @param relativeDate  the date relative to an event or statement, empty to clear it, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder relativeDate(Optional<? extends RelativeDate> relativeDate) {
            this.relativeDate = relativeDate.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Statement#mode() mode}, required.
         *
         * @param mode  the mode, not null
         * @return this builder, not null
         */
        public Builder mode(StatementMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Sets the {@link Statement#channel() channel}, required.
         *
         * @param channel  the channel, not null
         * @return this builder, not null
         */
        public Builder channel(Channel channel) {
            this.channel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        /**
         * Sets the {@link Statement#quote() quote}.
         *
         * @param quote  the verbatim quote, not null
         * @return this builder, not null
         */
        public Builder quote(String quote) {
            this.quote = Objects.requireNonNull(quote, "quote");
            return this;
        }

        /**
         * Sets or clears the {@link Statement#quote() quote}.
         *
         * @param quote  the verbatim quote, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder quote(Optional<String> quote) {
            this.quote = quote.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Statement#summary() summary}.
         *
         * @param summary  the summary, not null
         * @return this builder, not null
         */
        public Builder summary(String summary) {
            this.summary = Objects.requireNonNull(summary, "summary");
            return this;
        }

        /**
         * Sets or clears the {@link Statement#summary() summary}.
         *
         * @param summary  the summary, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder summary(Optional<String> summary) {
            this.summary = summary.orElse(null);
            return this;
        }

        /**
         * Adds one of the {@link Statement#stances() stances}.
         *
         * @param element  the stance, not null
         * @return this builder, not null
         */
        public Builder addStance(Stance element) {
            stances = BuilderCollections.add(stances, element, "stances element");
            return this;
        }

        /**
         * Adds {@link Statement#stances() stances}.
         *
         * @param elements  the stances, none null
         * @return this builder, not null
         */
        public Builder addStances(Stance... elements) {
            for (Stance element : elements) {
                stances = BuilderCollections.add(stances, element, "stances element");
            }
            return this;
        }

        /**
         * Replaces the {@link Statement#stances() stances}.
         *
         * @param elements  the stances, none null
         * @return this builder, not null
         */
        public Builder stances(Iterable<? extends Stance> elements) {
            stances = null;
            return addAllStances(elements);
        }

        /**
         * Adds {@link Statement#stances() stances}.
         *
         * @param elements  the stances, none null
         * @return this builder, not null
         */
        public Builder addAllStances(Iterable<? extends Stance> elements) {
            stances = BuilderCollections.forAddAll(stances, elements);
            BuilderCollections.addAll(stances, elements, "stances element");
            return this;
        }

        /**
         * Adds one of the {@link Statement#eventIds() event ids}.
         *
         * @param element  the event id, not null
         * @return this builder, not null
         */
        public Builder addEventId(String element) {
            eventIds = BuilderCollections.add(eventIds, element, "eventIds element");
            return this;
        }

        /**
         * Adds {@link Statement#eventIds() event ids}.
         *
         * @param elements  the event ids, none null
         * @return this builder, not null
         */
        public Builder addEventIds(String... elements) {
            for (String element : elements) {
                eventIds = BuilderCollections.add(eventIds, element, "eventIds element");
            }
            return this;
        }

        /**
         * Replaces the {@link Statement#eventIds() event ids}.
         *
         * @param elements  the event ids, none null
         * @return this builder, not null
         */
        public Builder eventIds(Iterable<String> elements) {
            eventIds = null;
            return addAllEventIds(elements);
        }

        /**
         * Adds {@link Statement#eventIds() event ids}.
         *
         * @param elements  the event ids, none null
         * @return this builder, not null
         */
        public Builder addAllEventIds(Iterable<String> elements) {
            eventIds = BuilderCollections.forAddAll(eventIds, elements);
            BuilderCollections.addAll(eventIds, elements, "eventIds element");
            return this;
        }

        /**
         * Adds one of the {@link Statement#sources() sources}.
         *
         * @param element  the source, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addSource(SourceAttribution element) {
            sources = BuilderCollections.add(sources, element, "sources element");
            return this;
        }

        /**
         * Adds {@link Statement#sources() sources}.
         *
         * @param elements  the sources, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addSources(SourceAttribution... elements) {
            for (SourceAttribution element : elements) {
                sources = BuilderCollections.add(sources, element, "sources element");
            }
            return this;
        }

        /**
         * Replaces the {@link Statement#sources() sources}.
         *
         * @param elements  the sources, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder sources(Iterable<? extends SourceAttribution> elements) {
            sources = null;
            return addAllSources(elements);
        }

        /**
         * Adds {@link Statement#sources() sources}.
         *
         * @param elements  the sources, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addAllSources(Iterable<? extends SourceAttribution> elements) {
            sources = BuilderCollections.forAddAll(sources, elements);
            BuilderCollections.addAll(sources, elements, "sources element");
            return this;
        }

        /**
         * Sets the {@link Statement#location() location}.
         *
         * @param location  the location, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder location(Location location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * Sets or clears the {@link Statement#location() location}.
         *
         * @param location  the location, empty to clear it, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder location(Optional<? extends Location> location) {
            this.location = location.orElse(null);
            return this;
        }

        /**
         * Adds one of the {@link Statement#externalIds() external ids}.
         *
         * @param element  the external id, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addExternalId(ExternalId element) {
            externalIds = BuilderCollections.add(externalIds, element, "externalIds element");
            return this;
        }

        /**
         * Adds {@link Statement#externalIds() external ids}.
         *
         * @param elements  the external ids, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addExternalIds(ExternalId... elements) {
            for (ExternalId element : elements) {
                externalIds = BuilderCollections.add(externalIds, element, "externalIds element");
            }
            return this;
        }

        /**
         * Replaces the {@link Statement#externalIds() external ids}.
         *
         * @param elements  the external ids, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder externalIds(Iterable<? extends ExternalId> elements) {
            externalIds = null;
            return addAllExternalIds(elements);
        }

        /**
         * Adds {@link Statement#externalIds() external ids}.
         *
         * @param elements  the external ids, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addAllExternalIds(Iterable<? extends ExternalId> elements) {
            externalIds = BuilderCollections.forAddAll(externalIds, elements);
            BuilderCollections.addAll(externalIds, elements, "externalIds element");
            return this;
        }

        /**
         * Puts one of the {@link Statement#attributes() attributes}, replacing the value of the same key.
         *
         * @param key  the key, not null
         * @param value  the value, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder putAttribute(String key, AttributeValue value) {
            attributes = BuilderCollections.put(attributes, key, value, "attributes");
            return this;
        }

        /**
         * Puts one of the {@link Statement#attributes() attributes}, replacing the value of the same key.
         *
         * @param entry  the key and value, neither null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder putAttribute(Map.Entry<String, ? extends AttributeValue> entry) {
            attributes = BuilderCollections.put(attributes, entry.getKey(), entry.getValue(), "attributes");
            return this;
        }

        /**
         * Replaces the {@link Statement#attributes() attributes}.
         *
         * @param entries  the attributes, no key or value null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder attributes(Map<String, ? extends AttributeValue> entries) {
            attributes = null;
            return putAllAttributes(entries);
        }

        /**
         * Puts {@link Statement#attributes() attributes}, replacing the values of the same keys.
         *
         * @param entries  the attributes, no key or value null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder putAllAttributes(Map<String, ? extends AttributeValue> entries) {
            for (Map.Entry<String, ? extends AttributeValue> entry : entries.entrySet()) {
                attributes = BuilderCollections.put(attributes, entry.getKey(), entry.getValue(), "attributes");
            }
            return this;
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
        public Statement build() {
            if (id == null || date == null || mode == null || channel == null) {
                throw MissingAttributesException.of("Statement", id == null ? "id" : null,
                        date == null ? "date" : null, mode == null ? "mode" : null, channel == null ? "channel" : null);
            }
            StatementValue statement = new StatementValue(this);
            statement.check();
            return statement;
        }
    }
}
